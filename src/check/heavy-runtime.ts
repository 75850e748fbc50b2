// Runtimes known to start slowly and pause (JVM, .NET, …), read from the image name, the command and the
// environment: the rules about probe budgets and heap sizes only apply to these.
import type { Container } from '../k8s/index.js';
import type { ImageFacts } from './types.js';

/** Which runtime: the finding's words name it ("a JVM", ".NET") in the reader's language. */
export type HeavyRuntime = 'jvm' | 'dotnet';

const IMAGE_HINTS: readonly [RegExp, HeavyRuntime][] = [
  [/(^|\/)(openjdk|eclipse-temurin|amazoncorretto|ibm-semeru|tomcat|jetty|wildfly|keycloak|elasticsearch|opensearch|jenkins|sonarqube|kafka|zookeeper|cassandra|solr|nexus)\b/, 'jvm'],
  [/(^|\/)(dotnet\/aspnet|dotnet\/runtime)\b/, 'dotnet'],
];

export function isHeavyRuntime(c: Container, image: ImageFacts | undefined): HeavyRuntime | undefined {
  const words = [...(c.command ?? []), ...(c.args ?? []), ...(image?.entrypoint ?? []), ...(image?.cmd ?? [])];
  if (words.some((w) => /(^|\/)java$|\.jar\b|-Xmx|MaxRAMPercentage/.test(w))) return 'jvm';
  if ((c.env ?? []).some((e) => /^(JAVA_OPTS|JAVA_TOOL_OPTIONS|JDK_JAVA_OPTIONS|CATALINA_OPTS)$/.test(e.name))) return 'jvm';
  if ((image?.env ?? []).some((e) => /^(JAVA_HOME|JAVA_VERSION)=/.test(e))) return 'jvm';
  const name = c.image ?? '';
  return IMAGE_HINTS.find(([re]) => re.test(name))?.[1];
}
