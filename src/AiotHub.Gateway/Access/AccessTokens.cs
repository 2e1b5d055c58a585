using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiotHub.Core.Devices;

namespace AiotHub.Gateway.Access;

/// <summary>
/// The hub's API tokens: created with a random 32-byte secret shown once ("aiot_" + base64url),
/// kept (here and in hub.db's access_tokens, <see cref="AccessTokenStore"/>) only as its SHA-256, found by that hash, revoked by marking.
/// Also the first-run setup code, which exists only while no home has a usable owner token.
/// </summary>
internal sealed class AccessTokens
{
    public const string SecretPrefix = "aiot_";
    private static readonly JsonSerializerOptions GrantJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // last_used is a hint for the owner's token list, not an audit log: one write a minute per token is enough.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private readonly AccessTokenStore _store;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, AccessToken> _byHash = new(StringComparer.Ordinal);
    private string? _setupCode;

    public AccessTokens(AccessTokenStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
        foreach (var stored in store.Load())
        {
            var grants = JsonSerializer.Deserialize<List<AccessGrant>>(stored.GrantsJson, GrantJson) ?? [];
            _byHash[Convert.ToHexString(stored.Hash)] = new AccessToken(stored.Id, stored.Name, stored.Hash, grants,
                stored.Created, stored.Expires, stored.LastUsed, stored.Revoked, stored.Version);
        }
    }

    /// <summary>The one-time setup code while no owner exists (created on first ask), else null.</summary>
    public string? SetupCode
    {
        get
        {
            lock (_lock)
            {
                if (HasOwner())
                    return _setupCode = null;
                // 10 digits in groups: typed from a console onto a phone, not a password one keeps.
                return _setupCode ??= string.Create(CultureInfo.InvariantCulture,
                    $"{RandomNumberGenerator.GetInt32(100_000):D5}-{RandomNumberGenerator.GetInt32(100_000):D5}");
            }
        }
    }

    public bool HasOwner()
    {
        var now = _time.GetUtcNow();
        return _byHash.Values.Any(t => t.IsOwnerOfAnyHome && t.IsUsable(now));
    }

    /// <summary>Creates the owner token of <paramref name="homeId"/> when the code matches and no owner exists yet.</summary>
    public (AccessToken Token, string Secret)? TrySetup(string? code, string name, string homeId)
    {
        lock (_lock)
        {
            var expected = SetupCode;
            if (expected is null || code is null ||
                !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(code.Trim()), Encoding.UTF8.GetBytes(expected)))
                return null;
            _setupCode = null;
            return Create(name, [new AccessGrant(homeId, AccessRole.Owner)], expires: null);
        }
    }

    public (AccessToken Token, string Secret) Create(string name, IReadOnlyList<AccessGrant> grants, DateTimeOffset? expires)
    {
        var secret = SecretPrefix + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var hash = Hash(secret);
        var token = new AccessToken("tok_" + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9)), name, hash, grants, _time.GetUtcNow(), expires, null, null);
        Save(token);
        _byHash[Convert.ToHexString(hash)] = token;
        return (token, secret);
    }

    /// <summary>
    /// Creates a device-maker token of <paramref name="homeId"/> for the model namespace <paramref name="vendor"/>,
    /// unless another home holds that namespace (then null). Checked and created under one lock, so two homes
    /// racing for a namespace cannot both get it.
    /// </summary>
    public (AccessToken Token, string Secret)? TryCreateDeviceMaker(string name, string homeId, string vendor, DateTimeOffset? expires)
    {
        lock (_lock)
        {
            if (HomeHolding(vendor) is { } holder && holder != homeId)
                return null;
            return Create(name, [new AccessGrant(homeId, AccessRole.DeviceMaker, Namespace: vendor)], expires);
        }
    }

    /// <summary>
    /// The home holding the model namespace: the one whose owner made a device-maker token for it (revoked and
    /// expired tokens count, so a namespace stays with its home and the versions uploaded there), or null.
    /// </summary>
    public string? HomeHolding(string vendor) =>
        _byHash.Values.OrderBy(t => t.Created).Select(t => t.MakerOf(vendor)?.HomeId).FirstOrDefault(h => h is not null);

    /// <summary>Every namespace held, with its home.</summary>
    public IReadOnlyList<(string Vendor, string HomeId)> NamespacesHeld() =>
        [.. _byHash.Values.OrderBy(t => t.Created).SelectMany(t => t.Grants)
            .Where(g => g.Role == AccessRole.DeviceMaker && g.HomeId is not null && g.Namespace is not null)
            .Select(g => (g.Namespace!, g.HomeId!)).DistinctBy(h => h.Item1, StringComparer.Ordinal)];

    /// <summary>The usable token for a presented secret, or null (unknown, revoked or expired).</summary>
    public AccessToken? Authenticate(string secret)
    {
        var hash = Hash(secret);
        if (!_byHash.TryGetValue(Convert.ToHexString(hash), out var token) || !CryptographicOperations.FixedTimeEquals(hash, token.Hash))
            return null;
        var now = _time.GetUtcNow();
        if (!token.IsUsable(now))
            return null;
        if (token.LastUsed is not { } used || now - used >= LastUsedResolution)
        {
            // Under the lock and from the current entry: a revoke or rename racing this write must not be undone by it.
            lock (_lock)
            {
                var key = Convert.ToHexString(hash);
                token = _byHash[key] with { LastUsed = now };
                _byHash[key] = token;
                Save(token);
            }

            if (!token.IsUsable(now))
                return null;
        }

        return token;
    }

    /// <summary>The tokens the home's owner manages, revoked ones included (so the owner sees them), oldest first.</summary>
    public IReadOnlyList<AccessToken> List(string homeId) =>
        [.. _byHash.Values.Where(t => t.IsManagedBy(homeId)).OrderBy(t => t.Created).ThenBy(t => t.Id, StringComparer.Ordinal)];

    /// <summary>A token the home's owner manages, or null.</summary>
    public AccessToken? Get(string homeId, string tokenId) =>
        _byHash.Values.FirstOrDefault(t => t.Id == tokenId && t.IsManagedBy(homeId));

    /// <summary>Revokes a token of the home; false if the home has no such token.</summary>
    public bool Revoke(string homeId, string tokenId) => TryRevoke(homeId, tokenId).Outcome == EditOutcome.Applied;

    /// <summary>Revokes a token of the home when <paramref name="precondition"/> accepts its version (revoking twice changes nothing).</summary>
    public EditResult<AccessToken> TryRevoke(string homeId, string tokenId, Func<long, bool>? precondition = null) =>
        Edit(homeId, tokenId, precondition, t => t.Revoked is null ? t with { Revoked = _time.GetUtcNow() } : t);

    /// <summary>Renames a token of the home when <paramref name="precondition"/> accepts its version.</summary>
    public EditResult<AccessToken> TryRename(string homeId, string tokenId, string name, Func<long, bool>? precondition = null) =>
        Edit(homeId, tokenId, precondition, t => t.Name == name ? t : t with { Name = name });

    private EditResult<AccessToken> Edit(string homeId, string tokenId, Func<long, bool>? precondition, Func<AccessToken, AccessToken> change)
    {
        lock (_lock)
        {
            var entry = _byHash.FirstOrDefault(p => p.Value.Id == tokenId && p.Value.IsManagedBy(homeId));
            if (entry.Value is null)
                return new EditResult<AccessToken>(EditOutcome.NotFound, null);
            if (precondition is not null && !precondition(entry.Value.Version))
                return new EditResult<AccessToken>(EditOutcome.PreconditionFailed, entry.Value);
            var changed = change(entry.Value);
            if (!ReferenceEquals(changed, entry.Value))
            {
                changed = changed with { Version = entry.Value.Version + 1 };
                _byHash[entry.Key] = changed;
                Save(changed);
            }

            return new EditResult<AccessToken>(EditOutcome.Applied, changed);
        }
    }

    /// <summary>Adds a grant to a token (its owner made a home with it); false when the token is gone.</summary>
    public bool AddGrant(string tokenId, AccessGrant grant)
    {
        lock (_lock)
        {
            var entry = _byHash.FirstOrDefault(p => p.Value.Id == tokenId);
            if (entry.Value is null)
                return false;
            var changed = entry.Value with { Grants = [.. entry.Value.Grants, grant], Version = entry.Value.Version + 1 };
            _byHash[entry.Key] = changed;
            Save(changed);
            return true;
        }
    }

    internal static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private void Save(AccessToken token) => _store.Save(new StoredToken(token.Id, token.Name, token.Hash,
        JsonSerializer.Serialize(token.Grants, GrantJson), token.Created, token.Expires, token.LastUsed, token.Revoked, token.Version));
}
