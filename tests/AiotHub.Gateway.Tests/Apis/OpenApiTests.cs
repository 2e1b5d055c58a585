using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests.Apis;

/// <summary>/openapi/v1.json is generated from the endpoints, so it must describe exactly those the hub serves.</summary>
public sealed partial class OpenApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryApiEndpointAndNoOther()
    {
        await using var hub = new DeviceHub();
        using var anonymous = hub.CreateHttpClient(null);

        var response = await anonymous.GetAsync("/openapi/v1.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .Where(op => op.Contains("/api/v1", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var served = hub.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Constraint().Replace(e.RoutePattern.RawText!.TrimEnd('/'), "}")}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(served.Count >= 20, string.Join(Environment.NewLine, served));
        Assert.Equal(served, documented);
    }

    // "{version:int}" in a route is "{version}" in the document.
    [GeneratedRegex(":[^}]+}")]
    private static partial Regex Constraint();
}
