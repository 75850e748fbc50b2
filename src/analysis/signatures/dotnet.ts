// Log signatures: .NET (unhandled exceptions, SqlClient). One phrase per entry, each with a real line it
// matches (and where that line comes from) and a line it must not match; test/analysis/signatures.test.ts checks both.
import type { Signature } from './types.js';

export const DOTNET_SIGNATURES: readonly Signature[] = [
  {
    id: 'dotnet.connectionstring-property-has-not', finding: 'log-bad-config', re: /ConnectionString property has not been initialized/i,
    examples: [{ line: "Unhandled exception. System.InvalidOperationException: The ConnectionString property has not been initialized.", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["Unhandled exception: System.InvalidOperationException: This is a test exception"],
  },
  {
    id: 'dotnet.error-occurred-while-establishing', finding: 'log-connection-refused', re: /error occurred while establishing a connection/i,
    examples: [{ line: "Unhandled exception. Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible.", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server."],
  },
  {
    id: 'dotnet.server-was-not-found', finding: 'log-connection-refused', re: /server was not found or was not accessible/i,
    examples: [{ line: "Unhandled exception. Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible.", source: "test/analysis/real-world-guards-more.test.ts" }],
    counters: ["The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server."],
  },
  {
    id: 'dotnet.unhandled-exception', finding: 'log-panic', re: /Unhandled exception\./,
    examples: [{ line: "Unhandled exception. System.ArgumentNullException: Value cannot be null. (Parameter 'path1')", source: "https://github.com/enescaakir/MHRS-OtomatikRandevu/issues/9" }],
    counters: ["Unhandled exception: System.InvalidOperationException: This is a test exception"],
  },
  {
    // WSAEACCES (10013): the socket operation, usually a bind, is not allowed to this process.
    id: 'dotnet.socket-access-forbidden', finding: 'log-permission-denied', re: /forbidden by its access permissions/i,
    examples: [{ line: "Fatal Unable to start Kestrel. System.Net.Sockets.SocketException (10013): An attempt was made to access a socket in a way forbidden by its access permissions.", source: "https://github.com/Jackett/Jackett/issues/8917" }],
    counters: ["Microsoft.AspNetCore.Connections.AddressInUseException: Only one usage of each socket address (protocol/network address/port) is normally permitted."],
  },
];
