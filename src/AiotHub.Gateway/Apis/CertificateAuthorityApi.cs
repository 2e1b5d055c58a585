using AiotHub.Gateway.Devices.Credentials;

namespace AiotHub.Gateway.Apis;

/// <summary>GET /api/v1/ca.pem — the hub's CA certificate (public), for devices to trust the TLS listener. Policy: anonymous.</summary>
internal static class CertificateAuthorityApi
{
    public static RouteHandlerBuilder MapCertificateAuthorityApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/ca.pem", GetCertificate).WithTags("Devices").AllowAnonymous();

    internal static IResult GetCertificate(HubCertificateAuthority authority) =>
        TypedResults.Text(authority.CertificatePem + "\n", "application/x-pem-file");
}
