using System.Diagnostics.CodeAnalysis;

namespace AiotHub.Simulators.Cli;

/// <summary>`--broker mqtt://host:port` (port 1883 when omitted).</summary>
internal static class BrokerAddress
{
    public static bool TryParse(string text, [NotNullWhen(true)] out string? host, out int port, [NotNullWhen(false)] out string? error)
    {
        host = null;
        port = 0;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != "mqtt" || string.IsNullOrEmpty(uri.Host))
        {
            error = $"--broker: '{text}' is not a broker address like mqtt://127.0.0.1:1883";
            return false;
        }

        if (uri.AbsolutePath is not ("" or "/") || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            error = $"--broker: '{text}' must be only mqtt://host:port (give credentials with --username and --password)";
            return false;
        }

        host = uri.Host.Trim('[', ']');
        port = uri.IsDefaultPort || uri.Port < 0 ? 1883 : uri.Port;
        error = null;
        return true;
    }
}
