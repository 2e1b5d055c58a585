using System.Security.Cryptography.X509Certificates;

namespace AiotHub.Simulators.Fleet;

/// <summary>
/// How one simulated device authenticates: its own MQTT user name and secret (from pairing or the hub's
/// provisioning API), or a client certificate with its key (mutual TLS; then no user name is sent).
/// </summary>
public sealed record SimulatorCredential(string? UserName, string? Password, X509Certificate2? ClientCertificate = null);
