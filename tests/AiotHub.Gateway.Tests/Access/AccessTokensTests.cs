using System.Net;
using System.Text;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Apis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiotHub.Gateway.Tests.Access;

/// <summary>The token store on its own: hashes only on disk, expiry on the hub's clock, revocation that survives a restart, setup from loopback only.</summary>
public sealed class AccessTokensTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-tokens-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    private string DatabasePath => Path.Combine(_directory, "hub.db");

    [Fact]
    public async Task ATokenStopsWorkingWhenItExpiresOnTheHubsClock()
    {
        using var store = AccessTokenStore.Open(DatabasePath);
        var tokens = new AccessTokens(store, _clock);
        var (_, secret) = tokens.Create("visitor", [new AccessGrant("home", AccessRole.Guest)], _clock.GetUtcNow().AddHours(1));

        Assert.NotNull(tokens.Authenticate(secret));
        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(tokens.Authenticate(secret));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(tokens.Authenticate(secret));
        Assert.Null(tokens.Authenticate(secret + "x"));
    }

    [Fact]
    public async Task ATokensVersionCountsTheOwnersChangesNotItsUseAndSurvivesARestart()
    {
        string id;
        using (var store = AccessTokenStore.Open(DatabasePath))
        {
            var tokens = new AccessTokens(store, _clock);
            (var token, var secret) = tokens.Create("phone", [new AccessGrant("home", AccessRole.Member)], expires: null);
            id = token.Id;
            Assert.NotNull(tokens.Authenticate(secret));
            Assert.Equal(1, tokens.Get("home", id)!.Version);
            Assert.Equal(Core.Devices.EditOutcome.PreconditionFailed, tokens.TryRename("home", id, "old phone", v => v == 7).Outcome);
            Assert.Equal(2, tokens.TryRename("home", id, "old phone", v => v == 1).Value!.Version);
        }

        using (var store = AccessTokenStore.Open(DatabasePath))
        {
            var tokens = new AccessTokens(store, _clock);
            var token = tokens.Get("home", id)!;
            Assert.Equal(("old phone", 2L), (token.Name, token.Version));
        }
    }

    [Fact]
    public async Task ARevokedTokenStaysRevokedAfterARestartAndKeepsItsLastUse()
    {
        string secret;
        string id;
        using (var store = AccessTokenStore.Open(DatabasePath))
        {
            var tokens = new AccessTokens(store, _clock);
            (var token, secret) = tokens.Create("phone", [new AccessGrant("home", AccessRole.Member)], expires: null);
            id = token.Id;
            Assert.NotNull(tokens.Authenticate(secret));
            Assert.False(tokens.Revoke("cabin", id));
            Assert.True(tokens.Revoke("home", id));
            Assert.Null(tokens.Authenticate(secret));
        }

        using (var store = AccessTokenStore.Open(DatabasePath))
        {
            var tokens = new AccessTokens(store, _clock);
            var listed = Assert.Single(tokens.List("home"));
            Assert.Equal(id, listed.Id);
            Assert.Equal(_clock.GetUtcNow(), listed.LastUsed);
            Assert.NotNull(listed.Revoked);
            Assert.Null(tokens.Authenticate(secret));
        }
    }

    [Fact]
    public async Task TheDatabaseHoldsOnlyTheHashOfEachSecret()
    {
        var secrets = new List<string>();
        using (var store = AccessTokenStore.Open(DatabasePath))
        {
            var tokens = new AccessTokens(store, _clock);
            secrets.Add(tokens.Create("owner", [new AccessGrant("home", AccessRole.Owner)], expires: null).Secret);
            secrets.Add(tokens.Create("maker", [new AccessGrant(null, AccessRole.DeviceMaker)], _clock.GetUtcNow().AddDays(1)).Secret);
            Assert.All(secrets, s => Assert.NotNull(tokens.Authenticate(s)));
        }

        // Every file SQLite may have written (the database, its WAL and shared memory).
        var bytes = Directory.GetFiles(_directory).SelectMany(File.ReadAllBytes).ToArray();
        var text = Encoding.Latin1.GetString(bytes);
        foreach (var secret in secrets)
        {
            Assert.StartsWith(AccessTokens.SecretPrefix, secret, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(secret[AccessTokens.SecretPrefix.Length..], text, StringComparison.Ordinal);
        }

        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT hash FROM access_tokens ORDER BY created, id";
        using var reader = query.ExecuteReader();
        var hashes = new List<string>();
        while (reader.Read())
            hashes.Add(Convert.ToHexString((byte[])reader.GetValue(0)));
        Assert.Equal(secrets.Select(s => Convert.ToHexString(AccessTokens.Hash(s))).Order(), hashes.Order());
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("192.168.1.20", false)]
    [InlineData("10.0.0.7", false)]
    [InlineData("fe80::1", false)]
    public void SetupCountsOnlyLoopbackAsLocal(string address, bool local) =>
        Assert.Equal(local, SetupApi.IsLocal(new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(address) } }));

    [Theory]
    [InlineData("X-Forwarded-For", "127.0.0.1")]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("Forwarded", "for=127.0.0.1")]
    [InlineData("X-Real-IP", "203.0.113.9")]
    [InlineData("Via", "1.1 proxy")]
    public void ALoopbackRequestWithAProxysHeaderIsNotLocalWhenNoProxyIsTrusted(string header, string value)
    {
        var context = new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Loopback } };
        context.Request.Headers[header] = value;

        Assert.False(SetupApi.IsLocal(context));
    }

    [Fact]
    public async Task SetupFromAnotherMachineIsRefusedEvenWithTheRightCode()
    {
        using var store = AccessTokenStore.Open(DatabasePath);
        var tokens = new AccessTokens(store, _clock);
        var code = tokens.SetupCode;
        Assert.NotNull(code);
        var context = new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse("192.168.1.20") } };

        var refused = SetupApi.Setup(new SetupRequest(code, "phone"), context, tokens, NullLogger<AccessTokens>.Instance);

        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsType<ProblemHttpResult>(refused.Result).StatusCode);
        Assert.False(tokens.HasOwner());
        Assert.Equal(code, tokens.SetupCode);

        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        var created = SetupApi.Setup(new SetupRequest(code, "phone"), context, tokens, NullLogger<AccessTokens>.Instance);
        Assert.IsType<Created<TokenResponse>>(created.Result);
        Assert.True(tokens.HasOwner());
        Assert.Null(tokens.SetupCode);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
