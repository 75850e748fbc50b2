// Round 2 of issue 10: ordinary application bugs that merely mention, in passing, the words round 1 dropped — a
// JSON parse error on an HTTP response body, an ECONNRESET from a client that went away, a Go nil dereference
// reported as SIGSEGV, a login failure logged before an unrelated exception. The program's own code is at fault
// in each report, so each must come out app-crash (or unknown), never a dependency, configuration, segfault or
// permission cause. Logs are the reports' (shortened to the failure and a few frames); the source names each.
// Scored blind with signal-cases.ts before any phrase came back (docs/diagnosis-engine.md).
import { corpusCase } from './negative-corpus-builder.js';

export const PASSING_MENTIONS = [
  corpusCase({ runtime: 'node', source: 'https://github.com/crisp-im/node-crisp-api/issues/9', name: 'SyntaxError: Unexpected token < in JSON at position 0 parsing an error page as JSON', log: `
SyntaxError: Unexpected token < in JSON at position 0
at Object.parse (native)
at Request._callback (/home/ec2-user/repo/node_modules/node-crisp-api/lib/crisp.js:354:25)` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/expressjs/express/issues/2285', name: 'SyntaxError: Unexpected end of input from JSON.parse(body) in a controller', log: `
SyntaxError: Unexpected end of input
    at Object.parse (native)
    at Request._callback (C:\\xampp\\htdocs\\myenglish\\trunk\\engapp\\app\\controllers\\users.server.controller.js:773:35)
    at Request.self.callback (C:\\xampp\\htdocs\\myenglish\\trunk\\engapp\\node_modules\\request\\request.js:121:22)
    at Request.EventEmitter.emit (events.js:98:17)
    at process._tickCallback (node.js:419:13)` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/waffleio/waffle.io/issues/636', name: 'unhandled JSON parse error of a GitHub response crashes the dyno', log: `
     at Request.EventEmitter.emit (events.js:98:17)
     at Request.<anonymous> (/app/node_modules/request/request.js:888:14)
     SyntaxError: Unexpected end of input at Object.parse (native)
     at Request._callback (/app/server/gen/js/src/middleware/github-middleware.js:69:23)
     at Request.self.callback (/app/node_modules/request/request.js:122:22)
     at process._tickCallback (node.js:415:13)` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/fuomag9/ChaturbateBot/issues/59', name: 'JSONDecodeError: Expecting value from json.loads(response.content) on a 502 page', log: `
JSONDecodeError: Expecting value: line 1 column 1 (char 0)
  File "ChaturbateBot.py", line 640, in crawl
    response_json = json.loads(response.content)
  File "__init__.py", line 354, in loads
    return _default_decoder.decode(s)
  File "json/decoder.py", line 357, in raw_decode
    raise JSONDecodeError("Expecting value", s, err.value) from None` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/mozilla/bugbot/issues/2234', name: 'requests resp.json() → JSONDecodeError inside a rule', log: `
2023-10-02 00:43:11,931 - ERROR - Rule file_crash_bug
Traceback (most recent call last):
  File "/home/rm_bot/bugbot/venv/lib/python3.10/site-packages/requests/models.py", line 971, in json
    return complexjson.loads(self.text, **kwargs)
  File "/usr/local/lib/python3.10/json/decoder.py", line 355, in raw_decode
    raise JSONDecodeError("Expecting value", s, err.value) from None
json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/home/rm_bot/bugbot/bugbot/rules/file_crash_bug.py", line 232, in get_bugs
    bug = resp.json()
  File "/home/rm_bot/bugbot/venv/lib/python3.10/site-packages/requests/models.py", line 975, in json` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/th3unkn0n/osi.ig/issues/81', name: 'json.loads of an HTML response → JSONDecodeError', log: `
Traceback (most recent call last):
  File "/data/data/com.termux/files/home/osi.ig/main.py", line 16, in <module>
    user_info(usrname=args["user"])
  File "/data/data/com.termux/files/home/osi.ig/.lib/api.py", line 70, in user_info
    js = json.loads(resp_js)
         ^^^^^^^^^^^^^^^^^^^
  File "/data/data/com.termux/files/usr/lib/python3.11/json/decoder.py", line 355, in raw_decode
    raise JSONDecodeError("Expecting value", s, err.value) from None
json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/macbre/nodemw/issues/31', name: "code=ECONNRESET logged, then TypeError: Cannot read property 'statusCode' of undefined", log: `
error:   Request to API failed: %s code=ECONNRESET

TypeError: Cannot read property 'statusCode' of undefined
    at Request._callback (/home/macbre/github/pyrabot/node_modules/nodemw/lib/api.js:166:16)
    at self.callback (/home/macbre/github/pyrabot/node_modules/nodemw/node_modules/request/request.js:129:22)` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/nodejs/node/issues/37659', name: "HTTP server: a client aborts, Error: aborted { code: 'ECONNRESET' } is never handled", log: `
node:internal/errors:642
  const ex = new Error(msg);
             ^

Error: aborted
    at connResetException (node:internal/errors:642:14)
    at abortIncoming (node:_http_server:597:25)
    at socketOnClose (node:_http_server:586:3)
    at Socket.emit (node:events:390:22)
    at TCP.<anonymous> (node:net:665:12) {
  code: 'ECONNRESET'
}` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/evs-broadcast/node-emberplus/issues/23', name: "server crashes when a client resets: unhandled 'error' event, read ECONNRESET", log: `
events.js:183
      throw er; // Unhandled 'error' event
      ^

Error: read ECONNRESET
    at _errnoException (util.js:992:11)
    at TCP.onread (net.js:618:25)` }),
  corpusCase({ runtime: 'go', source: 'https://github.com/percona/percona-postgresql-operator/issues/588', name: 'reconciler panic: nil pointer dereference [signal SIGSEGV] when a CR block is missing', log: `
time="2023-11-28T09:11:23Z" level=info msg="Observed a panic in reconciler: runtime error: invalid memory address or nil pointer dereference" PerconaPGCluster=postgres/analytics controller=perconapgcluster
panic: runtime error: invalid memory address or nil pointer dereference [recovered]
	panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x17a488c]

goroutine 451 [running]:
sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1()
	/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.14.6/pkg/internal/controller/controller.go:119 +0x1fa
panic({0x1a313a0, 0x2d59990})
	/usr/local/go/src/runtime/panic.go:884 +0x213` }),
  corpusCase({ runtime: 'go', source: 'https://github.com/spotahome/service-level-operator/issues/13', name: 'an error line, then panic: nil pointer dereference [signal SIGSEGV] in a Prometheus collector', log: `
{"level":"error","msg":"error processing SLO: 2.843567 can't be higher than 0.000000","sl":"device-info-api","slo":"9999_http_request_lt_500","src":"asm_amd64.s:1357","time":"2020-01-15T17:37:17Z"}
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x106b4bc]

goroutine 673 [running]:
github.com/spotahome/service-level-operator/pkg/service/output.(*prometheusOutput).Collect(0xc000046280, 0xc0004d3680)
        /src/pkg/service/output/prometheus.go:137 +0x3fc` }),
  corpusCase({ runtime: 'jvm', source: 'https://github.com/gabrie-allaigre/sonar-gitlab-plugin/issues/29', name: 'login failure logged, then NullPointerException in the request processor', log: `
2017.04.10 16:19:13 DEBUG web[AVtXGy+waEGjn63fAABF][auth.event] login failure [cause|User must be authenticated][method|BASIC][provider|LOCAL|local][IP|127.0.0.1|192.168.8.138][login|]
2017.04.10 16:19:16 DEBUG web[][o.s.s.w.WebServiceEngine] Request [FAILED toString()] has been aborted by client, error is 'null'
2017.04.10 16:19:16 ERROR web[][o.a.c.h.Http11Processor] Error processing request
java.lang.NullPointerException: null
	at org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:389)
	at org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:783)
	at org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:66)` }),
];
