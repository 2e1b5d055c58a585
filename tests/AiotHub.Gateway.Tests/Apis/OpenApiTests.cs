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

    [Fact]
    public async Task EveryApiOperationButSetupRequiresTheBearerSchemeAndDocumentsItsProblems()
    {
        var document = await FetchAsync();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());

        var checkedOperations = 0;
        foreach (var (method, path, operation) in Operations(document))
        {
            var name = $"{method} {path}";
            var responses = operation.GetProperty("responses");
            var codes = responses.EnumerateObject().Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
            // Anonymous: health, setup (a one-time code), webhooks (the hook id is the secret) and the hub's public CA certificate.
            if (path == "/healthz" || path == "/api/v1/setup" || path == "/api/v1/hooks/{hookId}" || path == "/api/v1/ca.pem")
            {
                Assert.False(operation.TryGetProperty("security", out var none) && none.GetArrayLength() > 0, name);
                Assert.DoesNotContain("401", codes);
                continue;
            }

            Assert.True(operation.TryGetProperty("security", out var security), name);
            Assert.True(security.EnumerateArray().Any(r => r.TryGetProperty("bearer", out _)), name);
            Assert.True(codes.Contains("401") && codes.Contains("429"), $"{name}: {string.Join(",", codes)}");
            if (path.Contains('{', StringComparison.Ordinal))
                Assert.True(codes.Contains("404"), $"{name}: {string.Join(",", codes)}");
            if (method is "POST" or "PATCH" or "PUT")
                Assert.True(codes.Contains("400") && codes.Contains("413"), $"{name}: {string.Join(",", codes)}");
            foreach (var code in codes.Where(c => c[0] is '4'))
            {
                var content = responses.GetProperty(code).GetProperty("content");
                Assert.True(content.TryGetProperty("application/problem+json", out var problem) && problem.TryGetProperty("schema", out _), $"{name} {code}");
            }

            // A success with a body says what the body is; only a WebSocket upgrade has no 2xx.
            var successes = responses.EnumerateObject().Where(r => r.Name[0] == '2').ToList();
            Assert.True(successes.Count > 0 || codes.Contains("101"), name);
            foreach (var success in successes.Where(s => s.Name != "204"))
            {
                Assert.True(success.Value.TryGetProperty("content", out var content), $"{name} {success.Name} has no content");
                Assert.All(content.EnumerateObject(), media => Assert.True(media.Value.TryGetProperty("schema", out _), $"{name} {success.Name} {media.Name}"));
            }

            checkedOperations++;
        }

        Assert.True(checkedOperations >= 20, checkedOperations.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task VersionedResourcesDocumentTheirETagsAndPreconditions()
    {
        var document = await FetchAsync();
        var paths = document.GetProperty("paths");

        var get = paths.GetProperty("/api/v1/homes/{homeId}/devices/{deviceId}").GetProperty("get");
        var patch = paths.GetProperty("/api/v1/homes/{homeId}/devices/{deviceId}").GetProperty("patch");
        Assert.True(get.GetProperty("responses").TryGetProperty("304", out _));
        Assert.True(get.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));
        Assert.Contains(get.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-None-Match");
        Assert.True(patch.GetProperty("responses").TryGetProperty("412", out _));
        Assert.Contains(patch.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match");
        var limit = paths.GetProperty("/api/v1/homes/{homeId}/devices").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "limit");
        Assert.Equal("integer", limit.GetProperty("schema").GetProperty("type").GetString());
        var page = paths.GetProperty("/api/v1/homes/{homeId}/devices").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        var pageSchema = document.GetProperty("components").GetProperty("schemas").GetProperty(page.Split('/')[^1]).GetProperty("properties");
        Assert.True(pageSchema.TryGetProperty("items", out _) && pageSchema.TryGetProperty("nextCursor", out _) && pageSchema.TryGetProperty("total", out _));
    }

    private static async Task<JsonElement> FetchAsync()
    {
        await using var hub = new DeviceHub();
        using var anonymous = hub.CreateHttpClient(null);
        var response = await anonymous.GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (op.Name.ToUpperInvariant(), path.Name, op.Value)));

    // "{version:int}" in a route is "{version}" in the document.
    [GeneratedRegex(":[^}]+}")]
    private static partial Regex Constraint();
}
