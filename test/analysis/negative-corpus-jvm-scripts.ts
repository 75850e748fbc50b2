// Negative corpus (issue 10): ordinary application crashes from public bug reports — JVM, Ruby, PHP. Each must
// come out app-crash (or unknown). Traces are the reports' (shortened); the source link names each report.
import { corpusCase } from './negative-corpus-builder.js';

export const JVM_SCRIPT_CRASHES = [
  corpusCase({ runtime: 'jvm', source: 'https://github.com/spring-projects/spring-boot/issues/167', name: 'IllegalStateException caused by a NullPointerException in the launcher', log: `
Exception in thread "main" java.lang.IllegalStateException: java.lang.NullPointerException
    at org.springframework.boot.loader.ExecutableArchiveLauncher.<init>(ExecutableArchiveLauncher.java:47)
    at org.springframework.boot.loader.JarLauncher.<init>(JarLauncher.java:29)
    at org.springframework.boot.loader.JarLauncher.main(JarLauncher.java:42)
Caused by: java.lang.NullPointerException
    at org.springframework.boot.loader.jar.RandomAccessDataJarInputStream.getPosition(RandomAccessDataJarInputStream.java:79)
    at org.springframework.boot.loader.jar.RandomAccessDataJarInputStream.getNextEntry(RandomAccessDataJarInputStream.java:70)` }),
  corpusCase({ runtime: 'jvm', source: 'https://github.com/mirkosertic/flight-recorder-starter/issues/7', name: 'BeanCreationException: factory method threw a NullPointerException', log: `
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'triggerChecker' defined in class path resource [de/mirkosertic/flightrecorderstarter/FlightRecorderConfiguration.class]: Bean instantiation via factory method failed; nested exception is org.springframework.beans.BeanInstantiationException: Failed to instantiate [de.mirkosertic.flightrecorderstarter.TriggerChecker]: Factory method 'triggerChecker' threw exception; nested exception is java.lang.NullPointerException
        at org.springframework.beans.factory.support.ConstructorResolver.instantiate(ConstructorResolver.java:656) ~[spring-beans-5.3.1.jar!/:5.3.1]
        at org.springframework.beans.factory.support.ConstructorResolver.instantiateUsingFactoryMethod(ConstructorResolver.java:636) ~[spring-beans-5.3.1.jar!/:5.3.1]
        at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:571)` }),
  corpusCase({ runtime: 'jvm', source: 'https://github.com/xuxueli/xxl-job/issues/1759', name: 'Application startup failed: init method threw a NullPointerException', log: `
Error starting ApplicationContext. To display the auto-configuration report re-run your application with 'debug' enabled.
2020-06-11 09:51:28.079|ERROR|RMI TCP Connection(3)-127.0.0.1||SpringApplication.reportFailure():771|Application startup failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'xxlJobExecutor' defined in class path resource [com/wep/core/config/XxlJobConfig.class]: Invocation of init method failed; nested exception is java.lang.NullPointerException
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1628)
	at org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.doCreateBean(AbstractAutowireCapableBeanFactory.java:555)` }),
  corpusCase({ runtime: 'jvm', source: 'https://github.com/spring-projects/spring-boot/issues/1357', name: 'java.lang.NullPointerException: null in an event listener', log: `
java.lang.NullPointerException: null
        at org.springframework.boot.autoconfigure.security.AuthenticationManagerConfiguration.onApplicationEvent(AuthenticationManagerConfiguration.java:96)
        at org.springframework.context.event.SimpleApplicationEventMulticaster.multicastEvent(SimpleApplicationEventMulticaster.java:98)
        at org.springframework.context.support.AbstractApplicationContext.finishRefresh(AbstractApplicationContext.java:776)` }),
  corpusCase({ runtime: 'jvm', source: 'https://github.com/ljyloo/LevelDb2Avnil/issues/31', name: 'ArrayIndexOutOfBoundsException in main', log: `
Exception in thread "main" java.lang.ArrayIndexOutOfBoundsException: 7
	at com.ljyloo.PE2PC.PE2PC.convert(PE2PC.java:88)
	at com.ljyloo.PE2PC.PE2PC.main(PE2PC.java:34)` }),
  corpusCase({ runtime: 'jvm', source: 'https://github.com/CloudSlang/cloud-slang/issues/318', name: 'ClassCastException logged as ERROR - Error during execution', log: `
2015-06-11 11:24:57,465 [1_WorkerExecutionThread-13_124100530] (ExecutionServiceImpl.java:100) ERROR - Error during execution: 
java.lang.ClassCastException: java.lang.String cannot be cast to java.lang.Exception
	at io.cloudslang.lang.runtime.events.LanguageEventData.getException(LanguageEventData.java:106)` }),

  corpusCase({ runtime: 'ruby', source: 'https://github.com/Dan2552/Hedgehog/issues/2', name: 'NoMethodError: undefined method for nil:NilClass', log: `
Traceback (most recent call last):
	5: from app/app.rb:39:in \`<main>'
	4: from /Users/dan2552/.gem/ruby/2.5.1/gems/bundler-1.16.3/lib/bundler.rb:543:in \`with_env'
	1: from /Users/dan2552/Dropbox/Hedgehog/app/hedgehog/input.rb:23:in \`get_prompt'
/Users/dan2552/.hedgehog:64:in \`block in <top (required)>': undefined method \`magenta' for nil:NilClass (NoMethodError)` }),
  corpusCase({ runtime: 'ruby', source: 'https://github.com/benoist/puma-newrelic/issues/3', name: 'bundler: failed to load command: puma — NameError: uninitialized constant', log: `
bundler: failed to load command: puma (/app/vendor/bundle/ruby/2.6.0/bin/puma)
NameError: uninitialized constant NewRelic
/app/vendor/bundle/ruby/2.6.0/gems/puma-newrelic-0.1.3/lib/puma/new_relic/sampler.rb:5:in \`initialize'
/app/vendor/bundle/ruby/2.6.0/gems/puma-newrelic-0.1.3/lib/puma/plugin/new_relic_stats.rb:5:in \`new'
/app/vendor/bundle/ruby/2.6.0/gems/puma-5.0.4/lib/puma/launcher.rb:167:in \`run'
/app/vendor/bundle/ruby/2.6.0/bin/puma:23:in \`load'` }),
  corpusCase({ runtime: 'ruby', source: 'https://github.com/sidekiq/sidekiq/issues/4121', name: 'uninitialized constant Sidekiq::Rails::Application (NameError)', log: `
/home/adam/.rvm/gems/ruby-2.6.1/gems/bootsnap-1.4.1/lib/bootsnap/load_path_cache/core_ext/active_support.rb:76:in \`block in load_missing_constant': uninitialized constant Sidekiq::Rails::Application (NameError)
        from /home/adam/.rvm/gems/ruby-2.6.1/gems/bootsnap-1.4.1/lib/bootsnap/load_path_cache/core_ext/active_support.rb:8:in \`without_bootsnap_cache'
        from /home/adam/Desktop/sidekiq/config/application.rb:10:in \`<module:Sidekiq>'` }),
  corpusCase({ runtime: 'ruby', source: 'https://github.com/sidekiq/sidekiq/issues/4711', name: 'NameError: uninitialized constant Sidekiq::Rack in config.ru', log: `
NameError: uninitialized constant Sidekiq::Rack
  config.ru:6:in \`block in <main>'
  /home/deploy/bundle/ruby/2.6.0/gems/rack-2.2.3/lib/rack/builder.rb:116:in \`eval'
  /home/deploy/bundle/ruby/2.6.0/gems/puma-5.0.0/lib/puma/configuration.rb:330:in \`load_rackup'
  /home/deploy/bundle/ruby/2.6.0/gems/puma-5.0.0/lib/puma/cli.rb:80:in \`run'` }),
  corpusCase({ runtime: 'ruby', source: 'https://github.com/sidekiq/sidekiq/issues/4834', name: 'initializer: uninitialized constant Sidekiq (NameError)', log: `
/app/config/initializers/sidekiq.rb:1:in \`<main>': uninitialized constant Sidekiq (NameError)
        from /usr/local/bundle/gems/bootsnap-1.7.2/lib/bootsnap/load_path_cache/core_ext/kernel_require.rb:59:in \`load'
        from /usr/local/bundle/gems/railties-6.1.3/lib/rails/engine.rb:681:in \`block in load_config_initializer'
        from /usr/local/bundle/gems/railties-6.1.3/lib/rails/initializable.rb:32:in \`run'` }),
  corpusCase({ runtime: 'ruby', source: 'https://github.com/errbit/errbit/pull/1276', name: "NoMethodError: undefined method `[]' for nil:NilClass", log: `
NoMethodError: undefined method \`[]' for nil:NilClass
[PROJECT_ROOT]/decorators/backtrace_line_decorator.rb:18:in \`file'
[PROJECT_ROOT]/decorators/backtrace_line_decorator.rb:5:in \`in_app?'
actionview-4.2.9/lib/action_view/template.rb:145:in \`block in render'` }),

  corpusCase({ runtime: 'php', source: 'https://github.com/agentejo/CockpitQL/issues/20', name: 'Fatal error: Uncaught Error: Call to a member function on() on null', log: `
Fatal error: Uncaught Error: Call to a member function on() on null in /var/www/html/api.php:10 Stack trace: #0 /var/www/html/bootstrap.php(309): include() #1 /var/www/html/index.php(22): require('/var/www/html/...') #2 {main} thrown in /var/www/html/api.php on line 10` }),
  corpusCase({ runtime: 'php', source: 'https://github.com/fracz/supla-scripts/issues/19', name: 'PHP Fatal error: Uncaught Error in a console command', log: `
[22-Oct-2017 11:51:03 UTC] PHP Fatal error:  Uncaught Error: Call to a member function currentDateTimeInUserTimezone() on null in /var/www/backend/app/commands/DispatchThermostatCommand.php:49` }),
  corpusCase({ runtime: 'php', source: 'https://github.com/carrevue/OpenSB/issues/351', name: 'Error: Call to a member function on null with a #n stack trace', log: `
PHP Fatal error:  Uncaught Error: Call to a member function getLocalizationClass() on null in /var/www/squarebracket/private/class/OpenSB/Utilities.php:234
Stack trace:
#0 /var/www/squarebracket/private/class/OpenSB/Authentication.php(103): OpenSB\\Utilities::notifyBanner()
#1 /var/www/squarebracket/private/class/OpenSB/SquareBracket.php(182): OpenSB\\Authentication->__construct()
#2 /var/www/squarebracket/private/common.php(181): OpenSB\\SquareBracket->__construct()
#3 {main}
  thrown in /var/www/squarebracket/private/class/OpenSB/Utilities.php on line 234` }),
  corpusCase({ runtime: 'php', source: 'https://github.com/Ne00n/Ariane-Monitoring/issues/1', name: 'PHP Fatal error: Call to a member function prepare() on null', log: `
PHP Fatal error:  Call to a member function prepare() on null in /var/www/tools/create_account.php on line 9` }),
  corpusCase({ runtime: 'php', source: 'https://github.com/ilios/ilios/issues/1564', name: 'PHP Fatal error: Call to a member function setSession() on null', log: `
[Mon Aug 29 11:32:23 2016] [error] [client 10.37.30.20] PHP Fatal error:  Call to a member function setSession() on null in /web/ilios/current/src/Ilios/CoreBundle/Entity/Session.php on line 407` }),
  corpusCase({ runtime: 'php', source: 'https://github.com/owncloud/core/pull/9844', name: 'cron.php: Call to a member function execute() on null', log: `
PHP Fatal error:  Call to a member function execute() on null in /var/www/owncloud/cron.php on line 125` }),
];
