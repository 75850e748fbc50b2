// Negative corpus (issue 10): ordinary application crashes from public bug reports — Node.js and Python. Each
// must come out app-crash (or unknown), never bad-config, missing-dependency or permission-denied. The traces
// are the reports' (shortened to the message and a few frames); the source link names each report.
import { corpusCase } from './negative-corpus-builder.js';

export const NODE_PYTHON_CRASHES = [
  corpusCase({ runtime: 'node', source: 'https://github.com/numenta/nupic.tools/issues/194', name: "TypeError: Cannot read property 'builds' of undefined", log: `
TypeError: Cannot read property 'builds' of undefined
    at /home/mtaylor/nupic.tools/utils/repo-client.js:297:33
    at Request._callback (/home/mtaylor/nupic.tools/node_modules/travis-ci/lib/travis-http.js:34:13)
    at Request.self.callback (/home/mtaylor/nupic.tools/node_modules/travis-ci/node_modules/request/index.js:148:22)
    at process._tickCallback (node.js:415:13)` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/PrairieLearn/PrairieLearn/issues/2694', name: "TypeError: Cannot read property 'toString' of undefined (syslog prefix)", log: `
Jul  9 14:12:23 ip-10-0-0-204 node: /PrairieLearn/question-servers/freeform.js:1074
Jul  9 14:12:23 ip-10-0-0-204 node: const fileDataBase64 = fileData.toString('base64');
Jul  9 14:12:23 ip-10-0-0-204 node: ^
Jul  9 14:12:23 ip-10-0-0-204 node: TypeError: Cannot read property 'toString' of undefined
Jul  9 14:12:23 ip-10-0-0-204 node: at /PrairieLearn/question-servers/freeform.js:1074:65
Jul  9 14:12:23 ip-10-0-0-204 node: at Object.returnPythonCaller (/PrairieLearn/lib/workers.js:118:9)
Jul  9 14:12:23 ip-10-0-0-204 node: at ChildProcess.emit (events.js:315:20)` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/monti-apm/monti-apm-agent/issues/107', name: "TypeError: Cannot read property '_skipKadira' of undefined", log: `
TypeError: Cannot read property '_skipKadira' of undefined
    at process.<anonymous> (packages/montiapm:agent/lib/hijack/error.js:59:14)
    at process.emit (events.js:400:28)
    at processPromiseRejections (internal/process/promises.js:245:33)
    at processTicksAndRejections (internal/process/task_queues.js:96:32)` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/ether/etherpad/issues/47', name: "TypeError: Cannot set property 'timestamp' of null", log: `
node.js:134
       throw e; // process.nextTick error, or 'error' event on first tick
       ^
TypeError: Cannot set property 'timestamp' of null
   at /home/ep-lite/etherpad-lite/node_modules/ueberDB/dbWrapper.js:266:41
   at /home/ep-lite/etherpad-lite/node_modules/async/lib/async.js:484:34
   at EventEmitter._tickCallback (node.js:126:26)` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/Accenture/kx.as.code/issues/336', name: "TypeError: Cannot read properties of null (reading 'message')", log: `
/usr/share/kx.as.code/workspace/kx-portal/client/backend/server.js:100
        console.log(error.message);
                          ^

TypeError: Cannot read properties of null (reading 'message')
    at Request._callback (/usr/share/kx.as.code/workspace/kx-portal/client/backend/server.js:100:27)
    at Request.self.callback (/usr/share/kx.as.code/workspace/kx-portal/client/node_modules/request/request.js:185:22)
    at Request.emit (node:events:513:28)
    at endReadableNT (node:internal/streams/readable:1358:12)
    at processTicksAndRejections (node:internal/process/task_queues:83:21)` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/ftde0/yt2009/issues/345', name: "TypeError: Cannot read properties of undefined (reading 'oldTryoutComplete')", log: `
TypeError: Cannot read properties of undefined (reading 'oldTryoutComplete')
    at Timeout._onTimeout (/yt2009/back/yt2009channels.js:2549:25)
    at listOnTimeout (node:internal/timers:605:17)
    at process.processTimers (node:internal/timers:541:7)` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/webuildsg/webuild/issues/281', name: "TypeError: Cannot read property 'feed' of undefined after retries", log: `
Info: Retrying github
Info: Retrying github
Success: Added 100 GitHub repos
/var/lib/openshift/588d582189f5cfdcc500017e/app-root/runtime/repo/app.js:87
        repos: wb.repos.feed.repos.slice(0, 10),
                       ^
TypeError: Cannot read property 'feed' of undefined
    at Request._callback (/var/lib/openshift/588d582189f5cfdcc500017e/app-root/runtime/repo/app.js:87:24)
    at Request.self.callback (/var/lib/openshift/588d582189f5cfdcc500017e/app-root/runtime/repo/node_modules/request/request.js:186:22)
    at process._tickCallback (internal/process/next_tick.js:98:9)` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/NodeMC/CORE/issues/3', name: "TypeError: Cannot read property 'on' of undefined at start", log: `
Generating new API key
/Users/necrogami/code/NodeMC-CORE/Main.js:497
serverSpawnProcess.on('exit', function(code) {
                  ^

TypeError: Cannot read property 'on' of undefined
    at Object.<anonymous> (/Users/necrogami/code/NodeMC-CORE/Main.js:497:19)
    at Module._compile (module.js:413:34)
    at Function.Module.runMain (module.js:447:10)
    at startup (node.js:141:18)` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/ladjs/lad/issues/19', name: "TypeError: Cannot read property 'Store' of undefined (no frames)", log: `
node.js:201
        throw e; // process.nextTick error, or 'error' event on first tick
              ^
TypeError: Cannot read property 'Store' of undefined` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/NodeBB/NodeBB/issues/2068', name: "error: TypeError: Cannot read property 'deleted' of undefined", log: `
error: TypeError: Cannot read property 'deleted' of undefined
at /var/www/html/mynodebb/src/posts.js:360:46
at Array.filter (native)
at /var/www/html/mynodebb/src/posts.js:359:19
at /var/www/html/mynodebb/src/database/redis/hash.js:69:4
at /var/www/html/mynodebb/node_modules/redis/index.js:1138:13` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/felixge/node-stack-trace/issues/10', name: 'crash in an uncaught-exception handler (err.stack undefined)', log: `
winston/node_modules/stack-trace/lib/stack-trace.js:26
  var lines = err.stack.split('\\n').slice(1);
                        ^
TypeError: Cannot call method 'split' of undefined
    at Object.exports.parse (winston/node_modules/stack-trace/lib/stack-trace.js:26:25)
    at Logger._uncaughtException (winston/lib/winston/logger.js:618:24)
    at process._fatalException (node.js:236:26)` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/SkyCryptWebsite/SkyCrypt/pull/300', name: "TypeError: Cannot read property 'filter' of undefined (one line)", log: `
TypeError: Cannot read property 'filter' of undefined` }),
  corpusCase({ runtime: 'node', source: 'https://github.com/StellarFw/stellar/issues/131', name: "TypeError: Cannot read property 'name' of undefined kills the cluster", log: `
TypeError: Cannot read property 'name' of undefined` }),

  corpusCase({ runtime: 'python', source: 'https://github.com/wizzomafizzo/starcheat/issues/245', name: "KeyError: 'content'", log: `
Traceback (most recent call last):
  File "build/starcheat.py", line 83, in <module>
  File "build/starcheat.py", line 80, in main
  File "build/gui/openplayer.py", line 107, in get_players
  File "build/saves.py", line 620, in get_visible
KeyError: 'content'` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/wizzomafizzo/starcheat/issues/93', name: "KeyError: 'statusParameters'", log: `
Traceback (most recent call last):
  File "/Applications/StarCheat.app/Contents/Resources/starcheat.py", line 71, in main
  File "gui/mainwindow.pyc", line 178, in update
  File "saves.pyc", line 418, in get_max_health
KeyError: 'statusParameters'` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/wizzomafizzo/starcheat/issues/142', name: "KeyError: 'path' while scanning assets", log: `
Traceback (most recent call last):
  File "build/starcheat.py", line 71, in main
  File "build/gui/utils.py", line 57, in build_assets_db
  File "build/assets.py", line 225, in find_assets
  File "build/assets.py", line 262, in scan_asset_folder
KeyError: 'path'` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/wizzomafizzo/starcheat/issues/140', name: "TypeError: 'NoneType' object is not subscriptable", log: `
Traceback (most recent call last):
  File "build/starcheat.py", line 71, in main
  File "build/gui/utils.py", line 375, in populate
  File "build/assets.py", line 1093, in render_player
TypeError: 'NoneType' object is not subscriptable` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/flags/Reactor-3/issues/82', name: 'KeyError: 9 in a game loop', log: `
Traceback (most recent call last):
  File "reactor-3.py", line 169, in <module>
    tick_all_objects()
  File "/home/luke/code/Reactor-3/alife.py", line 390, in flag_item
    if not flag in life['know_items'][item['uid']]['flags']:
KeyError: 9` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/mvantellingen/localshop/issues/7', name: 'AttributeError in a gunicorn worker: Worker failed to boot', log: `
2012-03-08 21:13:25 [22377] [INFO] Starting gunicorn 0.14.1
2012-03-08 21:13:25 [22380] [INFO] Booting worker with pid: 22380
2012-03-08 21:13:26 [22380] [ERROR] Exception in worker process:
Traceback (most recent call last):
  File "/opt/localshop/lib/python2.6/site-packages/gunicorn/workers/base.py", line 99, in init_process
    self.wsgi = self.app.wsgi()
  File "/opt/localshop/lib/python2.6/site-packages/localshop/services/http.py", line 32, in load
    self.activate_translation()
AttributeError: 'LocalShopApplication' object has no attribute 'activate_translation'
2012-03-08 21:13:26 [22380] [INFO] Worker exiting (pid: 22380)
2012-03-08 21:13:26 [22377] [INFO] Shutting down: Master
2012-03-08 21:13:26 [22377] [INFO] Reason: Worker failed to boot.` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/benoitc/gunicorn/issues/1805', name: "AttributeError: 'NoneType' object has no attribute 'add_extra_file'", log: `
  File "/home/falahgs07/keras/env/lib/python3.5/site-packages/gunicorn/workers/base.py", line 126, in init_process
    self.load_wsgi()
  File "/home/falahgs07/keras/env/lib/python3.5/site-packages/gunicorn/workers/base.py", line 148, in load_wsgi
    self.reloader.add_extra_file(exc_val.filename)
AttributeError: 'NoneType' object has no attribute 'add_extra_file'` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/Suman7495/Tzara---A-Personal-Assistant/issues/3', name: "ValueError: invalid literal for int() with base 10: ''", log: `
sh: 1: mpg321: not found
Traceback (most recent call last):
  File "main.py", line 113, in <module>
    main()
  File "main.py", line 25, in check_last_update
    if (int(date[0])-int(prev_date[0]) > 2) or \\
ValueError: invalid literal for int() with base 10: ''` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/Mosibi/whr_930/issues/9', name: "ValueError: invalid literal for int() with base 10: 'a0'", log: `
Traceback (most recent call last):
  File "whr930.py", line 905, in <module>
    sys.exit(main())
  File "whr930.py", line 753, in get_status
    ActiveStatus1 = int(data[13])  # (0x01 = P10 ... 0x80 = P17)
ValueError: invalid literal for int() with base 10: 'a0'` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/threaTrace-detector/threaTrace/issues/10', name: "ValueError: invalid literal for int() with base 10: b''", log: `
Traceback (most recent call last):
  File "train_streamspot.py", line 591, in <module>
    main()
  File "train_streamspot.py", line 528, in main
    node_num = int(p.stdout.readline())
ValueError: invalid literal for int() with base 10: b''` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/AbirHasan2005/TelegramScraper/issues/27', name: "ValueError: invalid literal for int() with base 10: '-4.84E+18'", log: `
Traceback (most recent call last):
  File "smsbot.py", line 106, in <module>
    main.send_sms()
  File "smsbot.py", line 67, in send_sms
    'access_hash': int(row[2]),
ValueError: invalid literal for int() with base 10: '-4.84E+18'` }),
  corpusCase({ runtime: 'python', source: 'https://github.com/moonshawdo/checkgoogleip/issues/47', name: 'ValueError inside reduce(map(int, …))', log: `
Traceback (most recent call last):
  File "checkip.py", line 1101, in <module>
    main()
  File "checkip.py", line 405, in loadLastResult
    errorresult.add(from_string(item))
  File "checkip.py", line 843, in from_string
    return reduce(lambda a, b: a << 8 | b, map(int, s.split(".")))
ValueError: invalid literal for int() with base 10: ''` }),
];
