// Look-alikes for the negative corpus (issue 10): traces that look like ordinary crashes but whose report shows
// a dependency, a configuration or a memory cause. They keep the precision fixes honest: a stack trace must not
// hide an ECONNREFUSED at its end, a missing required property, or an OutOfMemoryError under a limit.
import { corpusCase } from './negative-corpus-builder.js';

export const LOOKALIKES = [
  corpusCase({ runtime: 'node', cause: 'missing-dependency', source: 'https://github.com/csfloat/inspect/issues/172', name: 'uncaught promise rejection ending in connect ECONNREFUSED 127.0.0.1:5432', log: `
node:internal/process/promises:288
            triggerUncaughtException(err, true /* fromPromise */);
            ^

Error: connect ECONNREFUSED 127.0.0.1:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1494:16) {
  errno: -111,
  code: 'ECONNREFUSED',
  syscall: 'connect',
  address: '127.0.0.1',
  port: 5432
}` }),
  corpusCase({ runtime: 'node', cause: 'missing-dependency', source: 'https://github.com/Urigo/WhatsApp-Clone-Server/issues/28', name: 'UnhandledPromiseRejectionWarning: Error: connect ECONNREFUSED (Postgres not running)', log: `
$ ts-node index.ts
(node:26966) UnhandledPromiseRejectionWarning: Error: connect ECONNREFUSED 127.0.0.1:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1161:14)
(node:26966) UnhandledPromiseRejectionWarning: Unhandled promise rejection. This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). (rejection id: 1)` }),
  corpusCase({ runtime: 'node', cause: 'missing-dependency', source: 'https://github.com/deepstreamIO/deepstream.io-storage-postgres/issues/4', name: 'pool error ECONNREFUSED then a crash in the connector', log: `
{ Error: connect ECONNREFUSED 127.0.0.1:5432
    at Object.exports._errnoException (util.js:1022:11)
    at exports._exceptionWithHostPort (util.js:1045:20)
    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1090:14)
  code: 'ECONNREFUSED',
  errno: 'ECONNREFUSED',
  syscall: 'connect',
  address: '127.0.0.1',
  port: 5432 } 'failed to get connection from the pool'
/usr/local/deepstream/lib/deepstream.io-storage-postgres/src/connector.js:257
      client.query( query, args || [], ( error, result ) => {
            ^` }),
  corpusCase({ runtime: 'jvm', cause: 'bad-config', source: 'https://github.com/dji-sdk/DJI-Cloud-API-Demo/issues/52', name: 'APPLICATION FAILED TO START: Failed to bind properties (placeholder value in application.yml)', log: `
2024-02-28 14:30:42.195 ERROR 125793 --- [           main] o.s.b.d.LoggingFailureAnalysisReporter   : 

***************************
APPLICATION FAILED TO START
***************************

Description:

Failed to bind properties under 'livestream.url.gb28181.local-port' to java.lang.Integer:

    Property: livestream.url.gb28181.local-port
    Value: "Please enter the local port."
    Origin: class path resource [application.yml] from sample-1.9.0.jar - 145:18
    Reason: failed to convert java.lang.String to @javax.validation.constraints.NotNull java.lang.Integer (caused by java.lang.NumberFormatException: For input string: "Pleaseenterthelocalport.")

Action:

Update your application's configuration` }),
  corpusCase({ runtime: 'jvm', cause: 'bad-config', source: 'https://github.com/spring-projects/spring-boot/issues/18704', name: 'a required constructor-bound property missing from application.yml', log: `
***************************
APPLICATION FAILED TO START
***************************

Description:

Failed to bind properties under 'test' to com.example.demo.MyProperties:

    Property: test.bar
    Value: world
    Origin: class path resource [application.yml]:3:8
    Reason: Parameter specified as non-null is null: method com.example.demo.MyProperties.<init>, parameter foo

Action:

Update your application's configuration` }),
  corpusCase({ runtime: 'jvm', cause: 'bad-config', source: 'https://github.com/MikeSafonov/prometheus-telegram-alert/issues/2', name: 'proxy.port left empty: Could not bind properties', log: `
09:52:33.928 [main] WARN  org.springframework.boot.web.servlet.context.AnnotationConfigServletWebServerApplicationContext - Exception encountered during context initialization - cancelling refresh attempt: org.springframework.boot.context.properties.ConfigurationPropertiesBindException: Error creating bean with name 'telegramProperties': Could not bind properties to 'TelegramProperties' : prefix=prometheus.telegram, ignoreInvalidFields=false, ignoreUnknownFields=true; nested exception is org.springframework.boot.context.properties.bind.BindException: Failed to bind properties under 'prometheus.telegram.proxy.port' to int` }),
  corpusCase({ runtime: 'jvm', cause: 'oom-killed', memoryLimit: '512Mi', source: 'https://github.com/kapenga/LittleBit/issues/2', name: 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space under a memory limit', log: `
Find symbols...Exception in thread "main" java.lang.OutOfMemoryError: Java heap space
        at Encoder.<init>(Encoder.java:10)
        at Encoder.bytesToSymbols(Encoder.java:234)
        at Main.main(Main.java:38)` }),
  corpusCase({ runtime: 'jvm', cause: 'oom-killed', memoryLimit: '2Gi', source: 'https://github.com/archivesunleashed/aut/issues/317', name: 'java.lang.OutOfMemoryError: Java heap space in Arrays.copyOf under a limit', log: `
java.lang.OutOfMemoryError: Java heap space
	at java.util.Arrays.copyOf(Arrays.java:3332)` }),
];
