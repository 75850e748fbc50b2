// Log signatures: the JVM and its ecosystem (launcher, exceptions, Spring, JDBC, Kafka, Redis, Elasticsearch clients). One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const JVM_SIGNATURES: readonly Signature[] = [
  {
    id: 'jvm.unable-to-access-jarfile', finding: 'command-not-found', re: /Unable to access jarfile/i,
    examples: [{ line: "Error: Unable to access jarfile /app/app.jar", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["Unable to load the config, contains a configuration error."],
  },
  {
    id: 'jvm.main-class-not-found', finding: 'command-not-found', re: /Could not find or load main class/i,
    examples: [{ line: "Error: Could not find or load main class com.example.Application", source: "the java launcher's message" }],
    counters: ["2024-08-15 08:10:19.130 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed"],
  },
  {
    id: 'jvm.could-not-resolve-placeholder', finding: 'log-bad-config', re: /Could not resolve placeholder/i,
    examples: [{ line: "2024-08-15 08:10:19.002  WARN 1 --- [           main] ConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'messageProcessor': Injection of autowired dependencies failed; nested exception is java.lang.IllegalArgumentException: Could not resolve placeholder 'fleetman.position.queue' in value \"${fleetman.position.queue}\"", source: "https://github.com/DickChesterwood/k8s-fleetman/issues/53" }],
    counters: ["org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'xxlJobExecutor' defined in class path resource [com/wep/core/config/XxlJobConfig.class]: Invocation of init method failed; nested exception is java.lang.NullPointerException"],
  },
  {
    id: 'jvm.failed-to-bind-properties', finding: 'log-bad-config', re: /Failed to bind properties/i,
    examples: [{ line: "Failed to bind properties under 'livestream.url.gb28181.local-port' to java.lang.Integer:", source: "https://github.com/dji-sdk/DJI-Cloud-API-Demo/issues/52" }],
    counters: ["Property: livestream.url.gb28181.local-port"],
  },
  {
    id: 'jvm.failed-to-configure-datasource', finding: 'log-bad-config', re: /Failed to configure a DataSource/i,
    examples: [{ line: "Failed to configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured.", source: "Spring Boot's failure analysis" }],
    counters: ["2023-05-24 06:33:30+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified"],
  },
  {
    id: 'jvm.unrecognized-vm-option', finding: 'log-bad-config', re: /Unrecognized VM option/i,
    examples: [{ line: "Unrecognized VM option 'UseCGroupMemoryLimitForHeap'", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["3: core::option::unwrap_failed"],
  },
  {
    id: 'jvm.invalid-initial-maximum-heap', finding: 'log-bad-config', re: /Invalid (?:initial|maximum) heap size/i,
    examples: [{ line: "Invalid maximum heap size: -Xmx768Mi", source: "the JVM's message for an -Xmx it cannot parse" }],
    counters: ["INVALID_DROP="],
  },
  {
    id: 'jvm.could-not-reserve-enough', finding: 'log-bad-config', re: /Could not reserve enough space for/i,
    examples: [{ line: "Could not reserve enough space for 2097152KB object heap", source: "the JVM's message when -Xmx exceeds what it can reserve" }],
    counters: ["TypeError: 'NoneType' object is not subscriptable"],
  },
  {
    id: 'jvm.unknownhostexception', finding: 'log-dns', re: /UnknownHostException/,
    examples: [{ line: "java.net.UnknownHostException: mysql: Name or service not known", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["at com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:836) ~[mysql-connector-java-8.0.19.jar!/:8.0.19]"],
  },
  {
    id: 'jvm.connectexception', finding: 'log-connection-refused', re: /ConnectException/,
    examples: [{ line: "java.net.ConnectException: Connection refused (Connection refused)", source: "the JDK's message" }],
    counters: ["at org.springframework.data.redis.connection.jedis.JedisConnectionFactory.fetchJedisConnector(JedisConnectionFactory.java:204)"],
  },
  {
    id: 'jvm.could-not-be-established', finding: 'log-connection-refused', re: /could not be established\. Broker may not be available/i,
    examples: [{ line: "[Consumer clientId=consumer-1, groupId=orders] Connection to node -1 (kafka/10.0.0.7:9092) could not be established. Broker may not be available.", source: "the Kafka Java client's warning" }],
    counters: ["[2020-04-14 23:15:25,809] INFO Opening socket connection to server my-kafka-zookeeper/10.0.0.177:2181. Will not attempt to authenticate using SASL (unknown error) (org.apache.zookeeper.ClientCnxn)"],
  },
  {
    id: 'jvm.connectionfailureexception', finding: 'log-connection-refused', re: /ConnectionFailureException/,
    examples: [{ line: "org.springframework.data.redis.RedisConnectionFailureException: Cannot get Jedis connection; nested exception is redis.clients.jedis.exceptions.JedisConnectionException: Could not get a resource from the pool", source: "https://github.com/retroryan/istio-workshop/issues/40" }],
    counters: ["at org.springframework.data.redis.connection.jedis.JedisConnectionFactory.fetchJedisConnector(JedisConnectionFactory.java:204)"],
  },
  {
    id: 'jvm.jedisconnectionexception', finding: 'log-connection-refused', re: /JedisConnectionException/,
    examples: [{ line: "org.springframework.data.redis.RedisConnectionFailureException: Cannot get Jedis connection; nested exception is redis.clients.jedis.exceptions.JedisConnectionException: Could not get a resource from the pool", source: "https://github.com/retroryan/istio-workshop/issues/40" }],
    counters: ["at org.springframework.data.redis.connection.jedis.JedisConnectionFactory.fetchJedisConnector(JedisConnectionFactory.java:204)"],
  },
  {
    id: 'jvm.cannotgetjdbcconnectionexception', finding: 'log-connection-refused', re: /CannotGetJdbcConnectionException/,
    examples: [{ line: "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is org.postgresql.util.PSQLException: Connection to postgres:5432 refused.", source: "Spring JDBC's exception" }],
    counters: ["Caused by: org.postgresql.util.PSQLException: ERROR: relation \"orders_customer_id_idx\" already exists"],
  },
  {
    id: 'jvm.none-of-the-configured', finding: 'log-connection-refused', re: /None of the configured nodes are available/i,
    examples: [{ line: "org.elasticsearch.client.transport.NoNodeAvailableException: None of the configured nodes are available: [{#transport#-1}{es}{10.0.0.9:9300}]", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["[2020-04-14 23:15:25,776] INFO Client environment:os.memory.total=1024MB (org.apache.zookeeper.ZooKeeper)"],
  },
  {
    id: 'jvm.nonodeavailableexception', finding: 'log-connection-refused', re: /NoNodeAvailableException/,
    examples: [{ line: "org.elasticsearch.client.transport.NoNodeAvailableException: None of the configured nodes are available: [{#transport#-1}{es}{10.0.0.9:9300}]", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["[2020-04-14 23:15:25,776] INFO Client environment:os.memory.total=1024MB (org.apache.zookeeper.ZooKeeper)"],
  },
  {
    id: 'jvm.connectionloss-exception', finding: 'log-connection-refused', re: /ConnectionLoss(?:Exception)?\b/,
    examples: [{ line: "org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss for /brokers/ids", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["[2020-04-14 23:15:31,803] WARN Client session timed out, have not heard from server in 6009ms for sessionid 0x0 (org.apache.zookeeper.ClientCnxn)"],
  },
  {
    id: 'jvm.sockettimeoutexception', finding: 'log-timeout', re: /SocketTimeoutException/,
    examples: [{ line: "java.net.SocketTimeoutException: connect timed out", source: "the JDK's message" }],
    counters: ["self.connect()"],
  },
  {
    id: 'jvm.accessdeniedexception', finding: 'log-permission-denied', re: /AccessDeniedException/,
    examples: [{ line: "java.nio.file.AccessDeniedException: /var/log/app/app.log", source: "the JDK's NIO error" }],
    counters: ["/var/lib/openshift/588d582189f5cfdcc500017e/app-root/runtime/repo/app.js:87"],
  },
  {
    id: 'jvm.filenotfoundexception', finding: 'log-not-found', re: /FileNotFoundException/,
    examples: [{ line: "Caused by: java.io.FileNotFoundException: /etc/app/app.properties (No such file or directory)", source: "test/analysis/log-patterns.test.ts" }],
    counters: ["Caused by: java.lang.NullPointerException"],
  },
  {
    id: 'jvm.exception-in-thread', finding: 'log-panic', re: /Exception in thread "[^"]*" /,
    examples: [{ line: "Exception in thread \"main\" java.lang.IllegalStateException: java.lang.NullPointerException", source: "https://github.com/spring-projects/spring-boot/issues/167" }],
    counters: ["2024-08-15 08:10:19.002  WARN 1 --- [           main] ConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'messageProcessor': Injection of autowired dependencies failed; nested exception is java.lang.IllegalArgumentException: Could not resolve placeholder 'fleetman.position.queue' in value \"${fleetman.position.queue}\""],
  },
  {
    id: 'jvm.caused-by', finding: 'log-panic', label: 'an exception\'s cause (Caused by:)', re: /^Caused by: /,
    examples: [{ line: "Caused by: java.lang.IllegalArgumentException: Could not resolve placeholder 'fleetman.position.queue' in value \"${fleetman.position.queue}\"", source: "https://github.com/DickChesterwood/k8s-fleetman/issues/53" }],
    counters: ["2024-08-15 08:10:19.002  WARN 1 --- [           main] ConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'messageProcessor': Injection of autowired dependencies failed; nested exception is java.lang.IllegalArgumentException: Could not resolve placeholder 'fleetman.position.queue' in value \"${fleetman.position.queue}\""],
  },
  {
    id: 'jvm.stack-frame', finding: 'log-panic', label: 'a Java stack trace', re: /^\s+at [\w$.<>]+\([\w$]+\.(?:java|kt|scala|groovy):\d+\)/i,
    examples: [{ line: "\tat org.springframework.beans.factory.annotation.AutowiredAnnotationBeanPostProcessor.postProcessProperties(AutowiredAnnotationBeanPostProcessor.java:405) ~[spring-beans-5.2.2.RELEASE.jar!/:5.2.2.RELEASE]", source: "https://github.com/DickChesterwood/k8s-fleetman/issues/53" }],
    counters: [":: Spring Boot ::        (v2.2.6.RELEASE)"],
  },
  {
    id: 'jvm.qualified-exception-class', finding: 'log-panic', re: /^(?:[\w$]+\.)+[A-Z][\w$]*(?:Error|Exception)(?::|$)/,
    examples: [{ line: "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'messageProcessor': Injection of autowired dependencies failed; nested exception is java.lang.IllegalArgumentException: Could not resolve placeholder 'fleetman.position.queue' in value \"${fleetman.position.queue}\"", source: "https://github.com/DickChesterwood/k8s-fleetman/issues/53" }],
    counters: ["2024-08-15 08:10:19.002  WARN 1 --- [           main] ConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'messageProcessor': Injection of autowired dependencies failed; nested exception is java.lang.IllegalArgumentException: Could not resolve placeholder 'fleetman.position.queue' in value \"${fleetman.position.queue}\""],
  },
  {
    id: 'jvm.out-of-memory-error', finding: 'log-out-of-memory', re: /OutOfMemoryError/,
    examples: [{ line: "Find symbols...Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space", source: "https://github.com/kapenga/LittleBit/issues/2" }],
    counters: ["Exception in thread \"main\" java.lang.ArrayIndexOutOfBoundsException: 7", "outofmemoryerror handler installed"],
  },
];
