// Negative corpus (issue 10): ordinary application crashes from public bug reports — Go, Rust, .NET. Each must
// come out app-crash (or unknown). Traces are the reports' (shortened); the source link names each report.
import { corpusCase } from './negative-corpus-builder.js';

export const COMPILED_CRASHES = [
  corpusCase({ runtime: 'go', source: 'https://github.com/cmu440/intro-to-go/issues/1', name: 'nil pointer dereference [signal 0xb]', log: `
panic: runtime error: invalid memory address or nil pointer dereference
[signal 0xb code=0x1 addr=0x1 pc=0x8048f30]

goroutine 1 [running]:
main.main()
        /home/simon/course/intro-to-go/12.go:25 +0x330

goroutine 6 [chan send]:
main.chanSender(0x18346040, 0x80f5f10, 0x3)
        /home/simon/course/intro-to-go/12.go:36 +0x1a4` }),
  corpusCase({ runtime: 'go', source: 'https://github.com/bcicen/grmon/issues/8', name: 'nil pointer dereference [signal SIGSEGV]', log: `
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x1385f7c]

goroutine 1 [running]:
main.ReadRoutines(0xc000228000, 0xa1, 0x200, 0x10, 0xff, 0x0, 0x0, 0x0)
	/Users/me/go/src/github.com/bcicen/grmon/parse.go:76 +0x19c
main.main()
	/Users/me/go/src/github.com/bcicen/grmon/main.go:202 +0xe7` }),
  corpusCase({ runtime: 'go', source: 'https://github.com/maxcnunes/gaper/issues/9', name: 'nil *exec.Cmd Wait in a goroutine', log: `
[gaper] Building program
[gaper] Starting program
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0xa0 pc=0x4d0ca6]

goroutine 154 [running]:
os/exec.(*Cmd).Wait(0x0, 0x5bc683, 0xc42000a060)
      /usr/local/go/src/os/exec/exec.go:453 +0x26
github.com/maxcnunes/gaper.(*runner).runBin.func1(0xc4200b2000)
      /go/src/github.com/maxcnunes/gaper/runner.go:159 +0x2f` }),
  corpusCase({ runtime: 'go', source: 'https://github.com/Southclaws/sampctl/issues/108', name: 'runtime error without the panic: prefix', log: `
runtime error: invalid memory address or nil pointer dereference
[signal 0xc0000005 code=0x0 addr=0x20 pc=0x9a92c7]

goroutine 23 [running]:
github.com/Southclaws/sampctl/runtime.run.func5(0xc0430b1e20, 0xc04208e2c0, 0xc042048c60)
        /home/travis/gopath/src/github.com/Southclaws/sampctl/runtime/run.go:155 +0x1b7` }),
  corpusCase({ runtime: 'go', source: 'https://github.com/k1LoW/sheer-heart-attack/pull/19', name: 'index out of range in a cobra command', log: `
panic: runtime error: index out of range

goroutine 1 [running]:
github.com/k1LoW/sheer-heart-attack/cmd.glob..func1(0x4822c60, 0x4847b50, 0x0, 0x0)
        /Users/k1low/src/github.com/k1LoW/sheer-heart-attack/cmd/launch.go:113 +0x184c
github.com/spf13/cobra.(*Command).execute(0x4822c60, 0x4847b50, 0x0, 0x0, 0x4822c60, 0x4847b50)
        /Users/k1low/go/pkg/mod/github.com/spf13/cobra@v0.0.3/command.go:766 +0x2ae
main.main()
        /Users/k1low/src/github.com/k1LoW/sheer-heart-attack/main.go:26 +0x20` }),
  corpusCase({ runtime: 'go', source: 'https://github.com/contabo/cntb/pull/3', name: 'index out of range [1] with length 1', log: `
panic: runtime error: index out of range [1] with length 1

goroutine 1 [running]:
contabo.com/cli/cntb/cmd/roles.glob..func6(0xfa8100, {0xc0001ef4f0, 0x1, 0x1})
	/builds/arcus/customer-tools/cntb/cmd/roles/edit.go:85 +0x1b9` }),
  corpusCase({ runtime: 'go', source: 'https://github.com/linuxerwang/goroutine-inspect/issues/1', name: 'index out of range in an expression evaluator', log: `
panic: runtime error: index out of range

goroutine 1 [running]:
main.expr(0xc42021e000, 0x11, 0x11, 0x0)
	/Users/twilkie/Documents/src/github.com/linuxerwang/goroutine-inspect/expr.go:117 +0x14ec
main.main()
	/Users/twilkie/Documents/src/github.com/linuxerwang/goroutine-inspect/main.go:114 +0x570` }),
  corpusCase({ runtime: 'go', source: 'https://github.com/christophberger/start/issues/7', name: 'index out of range reading a command', log: `
panic: runtime error: index out of range

goroutine 1 [running]:
github.com/christophberger/start.readCommand(0xc820012ac0, 0x0, 0x0, 0xc820053df0, 0x0, 0x0)
        /Users/christoph/Development/Go/Code/src/github.com/christophberger/start/command.go:245 +0x957
main.main()
        /Users/christoph/Development/Go/Code/src/github.com/christophberger/start/examples/test/starttest.go:82 +0x54c

goroutine 17 [syscall, locked to thread]:
runtime.goexit()
        /usr/local/go/src/runtime/asm_amd64.s:1721 +0x1` }),
  corpusCase({ runtime: 'go', source: 'https://github.com/DataDog/kvexpress/issues/73', name: 'index out of range in init()', log: `
panic: runtime error: index out of range

goroutine 1 [running]:
_/home/darron/kvexpress/commands.init.8()
    /home/darron/kvexpress/commands/root.go:78 +0x7df
main.init()
    /home/darron/kvexpress/main.go:46 +0x47` }),

  corpusCase({ runtime: 'rust', source: 'https://github.com/DevYukine/red_oxide/issues/10', name: 'unwrap on None, with a stack backtrace', log: `
thread 'main' panicked at 'called \`Option::unwrap()\` on a \`None\` value', src/main.rs:177:37
stack backtrace:
   0:     0x7ff7d7e8e962 - <unknown>
   1:     0x7ff7d7eb384b - <unknown>
   2:     0x7ff7d7e89a4a - <unknown>` }),
  corpusCase({ runtime: 'rust', source: 'https://github.com/lune-org/lune/issues/341', name: 'unwrap on None (new panic format)', log: `
thread 'main' panicked at crates/lune-utils/src/fmt/error/components.rs:188:40:
called \`Option::unwrap()\` on a \`None\` value` }),
  corpusCase({ runtime: 'rust', source: 'https://github.com/yazgoo/diss/issues/16', name: 'unwrap on None with RUST_BACKTRACE=full', log: `
thread 'main' panicked at /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/diss-0.3.2/src/lib.rs:551:51:
called \`Option::unwrap()\` on a \`None\` value
stack backtrace:
   0:     0x55b5b75652c2 - <std::sys::backtrace::BacktraceLock::print::DisplayBacktrace as core::fmt::Display>::fmt::h46a716bba2450163
  10:     0x55b5b74ae870 - core::panicking::panic_fmt::hc8737e8cca20a7c8
  12:     0x55b5b74ae7e9 - core::option::unwrap_failed::h62317944fa5dc382
  13:     0x55b5b74ce13c - diss::run::h1b928` }),
  corpusCase({ runtime: 'rust', source: 'https://github.com/machineonamission/uwd2/issues/12', name: 'unwrap on None, backtrace hint', log: `
thread 'main' panicked at src/explorer_modinfo.rs:45:14:
called \`Option::unwrap()\` on a \`None\` value
note: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace` }),
  corpusCase({ runtime: 'rust', source: 'https://github.com/iustin24/chameleon/issues/23', name: 'unwrap on None inside a dependency', log: `
thread 'main' panicked at 'called \`Option::unwrap()\` on a \`None\` value', /cargo/git/checkouts/wappalyzer-e32a3fb79f4ccad3/fb82bb4/src/lib.rs:117:39
note: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace` }),
  corpusCase({ runtime: 'rust', source: 'https://github.com/iffse/pay-respects/issues/101', name: 'unwrap on None, short backtrace', log: `
thread 'main' (20802) panicked at core/src/system.rs:150:30:
called \`Option::unwrap()\` on a \`None\` value
stack backtrace:
   0: __rustc::rust_begin_unwind
   1: core::panicking::panic_fmt
   3: core::option::unwrap_failed
   7: pay_respects::main
note: Some details are omitted, run with \`RUST_BACKTRACE=full\` for a verbose backtrace.` }),

  corpusCase({ runtime: 'dotnet', source: 'https://github.com/enescaakir/MHRS-OtomatikRandevu/issues/9', name: 'Unhandled exception. System.ArgumentNullException in Path.Combine', log: `
Unhandled exception. System.ArgumentNullException: Value cannot be null. (Parameter 'path1')
   at System.ArgumentNullException.Throw(String paramName)
   at System.IO.Path.Combine(String path1, String path2)
   at MHRS_OtomatikRandevu.Program.GetToken(IClientService client) in /src/MHRS-OtomatikRandevu/Program.cs:line 347
   at MHRS_OtomatikRandevu.Program.Main(String[] args) in /src/MHRS-OtomatikRandevu/Program.cs:line 43` }),
  corpusCase({ runtime: 'dotnet', source: 'https://github.com/dotnet/runtime/issues/118049', name: 'Unhandled exception: System.InvalidOperationException on a timer thread', log: `
Hello, World! Application will crash in 10 seconds...
Unhandled exception: System.InvalidOperationException: This is a test exception
   at Program.<>c.<<Main>$>b__0_1(Object _) in /src/Program.cs:line 7
   at System.Threading.TimerQueueTimer.CallCallback(Boolean isThreadPool)
   at System.Threading.TimerQueueTimer.Fire(Boolean isThreadPool)
Unhandled exception. System.InvalidOperationException: This is a test exception
   at Program.<>c.<<Main>$>b__0_1(Object _) in /src/Program.cs:line 7
   at System.Threading.TimerQueue.FireNextTimers()` }),
  corpusCase({ runtime: 'dotnet', source: 'https://github.com/Wox-launcher/Wox/issues/1213', name: 'NLog ERROR lines around a NullReferenceException (message in English; the report shows the zh-CN locale text)', log: `
2017-01-30 19:03:17.4298|INFO|Wox.Plugin.Program.Main.Init|Preload 0 programs from cache
2017-01-30 19:03:17.4388|ERROR|Wox.App+<>c.<RegisterAppDomainExceptions>b__13_0|First Chance Exception:
2017-01-30 19:03:17.4388|ERROR|Wox.Plugin.Program.Main.DefaultProgramSources|System.NullReferenceException: Object reference not set to an instance of an object.
   at Wox.Plugin.Program.Main.DefaultProgramSources() in C:\\projects\\wox\\Plugins\\Wox.Plugin.Program\\Main.cs:line 136
   at Wox.Plugin.Program.Main.IndexPrograms() in C:\\projects\\wox\\Plugins\\Wox.Plugin.Program\\Main.cs:line 102` }),
];
