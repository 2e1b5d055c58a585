using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AiotHub.Gateway.Tests.Devices;

namespace AiotHub.Gateway.Tests.Access;

/// <summary>Setup, tokens and the authentication switch as an app meets them over HTTP.</summary>
public sealed class AccessApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheSetupCodeBuysOneOwnerTokenAndThenSetupIsClosed()
    {
        await using var hub = new DeviceHub();
        using var anonymous = hub.CreateHttpClient(secret: null);
        var code = hub.Tokens.SetupCode;
        Assert.NotNull(code);

        var wrong = await anonymous.PostAsJsonAsync("/api/v1/setup", new { code = "12345-67890", name = "my phone" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var created = await anonymous.PostAsJsonAsync("/api/v1/setup", new { code, name = "my phone" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("owner", token.GetProperty("role").GetString());
        var secret = token.GetProperty("secret").GetString()!;
        Assert.StartsWith("aiot_", secret, StringComparison.Ordinal);

        using var owner = hub.CreateHttpClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/v1/homes/home/devices", Ct)).StatusCode);
        var again = await anonymous.PostAsJsonAsync("/api/v1/setup", new { code, name = "someone else" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Null(hub.Tokens.SetupCode);
    }

    [Fact]
    public async Task AnOwnerCreatesListsAndRevokesATokenWhoseSecretIsShownOnce()
    {
        await using var hub = new DeviceHub();
        using var owner = hub.CreateHttpClient();

        var created = await owner.PostAsJsonAsync("/api/v1/homes/home/tokens", new { name = "kitchen tablet", role = "guest", scenes = new[] { "good-night" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var secret = token.GetProperty("secret").GetString()!;
        var id = token.GetProperty("id").GetString()!;
        Assert.Equal("good-night", Assert.Single(token.GetProperty("scenes").EnumerateArray()).GetString());

        var list = await owner.GetStringAsync("/api/v1/homes/home/tokens", Ct);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.DoesNotContain("\"secret\"", list, StringComparison.Ordinal);
        Assert.Contains("kitchen tablet", list, StringComparison.Ordinal);

        using var guest = hub.CreateHttpClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync("/api/v1/homes/home/devices", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/homes/home/tokens/{id}", Ct)).StatusCode);
        var refused = await guest.GetAsync("/api/v1/homes/home/devices", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var listed = (await owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/tokens", Ct)).GetProperty("items").EnumerateArray().Single(t => t.GetProperty("id").GetString() == id);
        Assert.True(listed.TryGetProperty("revoked", out _));
        Assert.True(listed.TryGetProperty("lastUsed", out _));

        var bad = await owner.PostAsJsonAsync("/api/v1/homes/home/tokens", new { name = "x", role = "member", scenes = new[] { "a" }, expiresAt = "2000-01-01T00:00:00Z" }, Ct);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("$.scenes", out _) && errors.TryGetProperty("$.expiresAt", out _), errors.ToString());
    }

    [Fact]
    public async Task ADeviceMakerTokenTheOwnerIssuesOnboardsProfilesButSeesNothingOfTheHome()
    {
        await using var hub = new DeviceHub();
        using var owner = hub.CreateHttpClient();
        var created = await owner.PostAsJsonAsync("/api/v1/homes/home/tokens", new { name = "acme lab", role = "device-maker", @namespace = "acme" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("acme", token.GetProperty("namespace").GetString());
        using var maker = hub.CreateHttpClient(token.GetProperty("secret").GetString());

        Assert.Equal(HttpStatusCode.OK, (await maker.GetAsync("/api/v1/profiles", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await maker.PostAsync("/api/v1/profiles", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await maker.GetAsync("/api/v1/homes/home/devices", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await maker.GetAsync("/api/v1/homes/home/tokens", Ct)).StatusCode);
        Assert.Empty((await maker.GetFromJsonAsync<JsonElement>("/api/v1/homes", Ct)).GetProperty("items").EnumerateArray());
        // Still the issuing owner's to see and revoke.
        var id = token.GetProperty("id").GetString();
        Assert.Contains((await owner.GetFromJsonAsync<JsonElement>("/api/v1/homes/home/tokens", Ct)).GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/homes/home/tokens/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await maker.GetAsync("/api/v1/profiles", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheHomeListShowsATokenOnlyItsOwnHomes()
    {
        await using var hub = new DeviceHub();
        using var owner = hub.CreateHttpClient();
        using var maker = hub.CreateHttpClient(hub.Tokens.Create("maker", [new(null, Gateway.Access.AccessRole.DeviceMaker)], expires: null).Secret);
        using var stranger = hub.CreateHttpClient(hub.Tokens.Create("cabin", [new("cabin", Gateway.Access.AccessRole.Owner)], expires: null).Secret);

        Assert.Equal("home", Assert.Single((await owner.GetFromJsonAsync<JsonElement>("/api/v1/homes", Ct)).GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty((await maker.GetFromJsonAsync<JsonElement>("/api/v1/homes", Ct)).GetProperty("items").EnumerateArray());
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>("/api/v1/homes", Ct)).GetProperty("items").EnumerateArray());
        // Another home's token gets the same answer for an existing home as for a made-up one.
        var existing = await stranger.GetAsync("/api/v1/homes/home/devices", Ct);
        var madeUp = await stranger.GetAsync("/api/v1/homes/nowhere/devices", Ct);
        Assert.Equal(HttpStatusCode.NotFound, existing.StatusCode);
        Assert.Equal(madeUp.StatusCode, existing.StatusCode);
        Assert.Equal(
            (await madeUp.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString(),
            (await existing.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task WithAuthenticationSwitchedOffTheApiAnswersWithoutAToken()
    {
        await using var hub = new DeviceHub(("Api:RequireAuthentication", "false"));
        using var anonymous = hub.CreateHttpClient(secret: null);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/homes/home/devices", Ct)).StatusCode);
        Assert.Single((await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/homes", Ct)).GetProperty("items").EnumerateArray());
    }
}
