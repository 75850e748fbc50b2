// Log signatures: TLS: certificates the peer or the client would not trust. One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const TLS_SIGNATURES: readonly Signature[] = [
  {
    id: 'tls.x509-certificate', finding: 'log-bad-config', label: "TLS certificate rejected", specificity: 75, re: /x509: certificate/i,
    examples: [{ line: "[ERROR] 2023/07/13 22:09:45 error initializing client: Authentication: (failed to auth.LookupAuth), Network: (failed to request.DoUnencrypted), Get \"https://example.1password.com/api/v2/auth/x@1passwordserviceaccounts.com/A3/Q7SJZ8/x\": tls: failed to verify certificate: x509: certificate signed by unknown authority", source: "https://github.com/1Password/kubernetes-secrets-injector/issues/39" }],
    counters: ["1.5878367354726114e+09\tinfo\tattempting to retrieve configuration discovery url\t{\"url\": \"https://sso.example.com/auth/realms/production\", \"timeout\": \"30s\"}"],
  },
  {
    id: 'tls.certificate-signed-by-unknown', finding: 'log-bad-config', label: "TLS certificate rejected", specificity: 75, re: /certificate signed by unknown authority/i,
    examples: [{ line: "[ERROR] 2023/07/13 22:09:45 error initializing client: Authentication: (failed to auth.LookupAuth), Network: (failed to request.DoUnencrypted), Get \"https://example.1password.com/api/v2/auth/x@1passwordserviceaccounts.com/A3/Q7SJZ8/x\": tls: failed to verify certificate: x509: certificate signed by unknown authority", source: "https://github.com/1Password/kubernetes-secrets-injector/issues/39" }],
    counters: ["1.5878367354726114e+09\tinfo\tattempting to retrieve configuration discovery url\t{\"url\": \"https://sso.example.com/auth/realms/production\", \"timeout\": \"30s\"}"],
  },
  {
    id: 'tls.certificate-verify-failed', finding: 'log-bad-config', label: "TLS certificate rejected", specificity: 75, re: /certificate verify failed/i,
    examples: [{ line: "requests.exceptions.SSLError: HTTPSConnectionPool(host='vault', port=8200): [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["port: 5432 } 'failed to get connection from the pool'"],
  },
  {
    id: 'tls.certificate-verify-failed-2', finding: 'log-bad-config', label: "TLS certificate rejected", specificity: 75, re: /CERTIFICATE_VERIFY_FAILED/i,
    examples: [{ line: "requests.exceptions.SSLError: HTTPSConnectionPool(host='vault', port=8200): [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["port: 5432 } 'failed to get connection from the pool'"],
  },
  {
    id: 'tls.pkix-path-building-failed', finding: 'log-bad-config', label: "TLS certificate rejected", specificity: 75, re: /PKIX path building failed/i,
    examples: [{ line: "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target", source: "the JDK's message" }],
    counters: ["Reason: failed to convert java.lang.String to @javax.validation.constraints.NotNull java.lang.Integer (caused by java.lang.NumberFormatException: For input string: \"Pleaseenterthelocalport.\")"],
  },
  {
    id: 'tls.unable-to-find-valid', finding: 'log-bad-config', label: "TLS certificate rejected", specificity: 75, re: /unable to find valid certification path/i,
    examples: [{ line: "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target", source: "the JDK's message" }],
    counters: ["KeyError: 'path'"],
  },
  {
    id: 'tls.sslhandshakeexception', finding: 'log-bad-config', label: "TLS certificate rejected", specificity: 75, re: /SSLHandshakeException/i,
    examples: [{ line: "javax.net.ssl.SSLHandshakeException: PKIX path building failed", source: "the JDK's message" }],
    counters: ["Reason: failed to convert java.lang.String to @javax.validation.constraints.NotNull java.lang.Integer (caused by java.lang.NumberFormatException: For input string: \"Pleaseenterthelocalport.\")"],
  },
  {
    id: 'tls.self-signed-certificate-in', finding: 'log-bad-config', label: "TLS certificate rejected", specificity: 75, re: /self[- ]signed certificate in certificate chain/i,
    examples: [{ line: "Error: self-signed certificate in certificate chain", source: "Node.js's message (SELF_SIGNED_CERT_IN_CHAIN)" }],
    counters: ["self.connect()"],
  },
  {
    id: 'tls.unable-to-get-local', finding: 'log-bad-config', label: "TLS certificate rejected", specificity: 75, re: /unable to get local issuer certificate/i,
    examples: [{ line: "requests.exceptions.SSLError: HTTPSConnectionPool(host='vault', port=8200): [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["port: 5432 } 'failed to get connection from the pool'"],
  },
  {
    id: 'tls.certificate-has-expired', finding: 'log-bad-config', label: "TLS certificate rejected", specificity: 75, re: /certificate has expired/i,
    examples: [{ line: "Error: certificate has expired", source: "Node.js's message (CERT_HAS_EXPIRED)" }],
    counters: ["\"type\": \"Error\","],
  },
  {
    id: 'tls.tls-failed-to-verify', finding: 'log-bad-config', label: "TLS certificate rejected", specificity: 75, re: /tls: failed to verify certificate/i,
    examples: [{ line: "[ERROR] 2023/07/13 22:09:45 error initializing client: Authentication: (failed to auth.LookupAuth), Network: (failed to request.DoUnencrypted), Get \"https://example.1password.com/api/v2/auth/x@1passwordserviceaccounts.com/A3/Q7SJZ8/x\": tls: failed to verify certificate: x509: certificate signed by unknown authority", source: "https://github.com/1Password/kubernetes-secrets-injector/issues/39" }],
    counters: ["1.5878367354726114e+09\tinfo\tattempting to retrieve configuration discovery url\t{\"url\": \"https://sso.example.com/auth/realms/production\", \"timeout\": \"30s\"}"],
  },
];
