using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using AiotHub.Core.Persistence;

namespace AiotHub.Gateway.Apis;

/// <summary>
/// The secret that signs list cursors (docs/api.md "Lists are pages"): 32 random bytes kept in hub.db
/// (module "api-cursors"), so a cursor stays good across a restart. A cursor is the base64url of
/// [version][the first 16 bytes of HMAC-SHA256 over the list's path and the position][the position,
/// UTF-8]: one made by hand, altered by a byte, or taken from another list does not verify.
/// </summary>
internal sealed class CursorKey
{
    public const int MaxCursorLength = 1024;
    private const string Module = "api-cursors";
    private const byte Version = 2;
    private const int MacLength = 16;
    private const int SecretLength = 32;

    private static readonly string[] Migrations =
    [
        "CREATE TABLE api_cursor_key(id INTEGER PRIMARY KEY CHECK (id = 1), secret BLOB NOT NULL)",
    ];

    private readonly byte[] _secret;

    private CursorKey(byte[] secret) => _secret = secret;

    /// <summary>The key kept in the hub's database at <paramref name="databasePath"/>, made there the first time.</summary>
    public static CursorKey Load(string databasePath)
    {
        using var connection = ModuleSchema.Open(databasePath);
        ModuleSchema.Apply(connection, Module, Migrations);
        using (var insert = connection.CreateCommand())
        {
            // Two hubs racing on one file (which the broker store forbids anyway) would keep the first key.
            insert.CommandText = "INSERT OR IGNORE INTO api_cursor_key(id, secret) VALUES(1, $s)";
            insert.Parameters.AddWithValue("$s", RandomNumberGenerator.GetBytes(SecretLength));
            insert.ExecuteNonQuery();
        }

        using var select = connection.CreateCommand();
        select.CommandText = "SELECT secret FROM api_cursor_key WHERE id = 1";
        return select.ExecuteScalar() is byte[] { Length: SecretLength } secret
            ? new CursorKey(secret)
            : throw new InvalidOperationException($"the cursor key in {databasePath} is damaged");
    }

    /// <summary>A key for this process only (tests, tools): its cursors die with it.</summary>
    public static CursorKey ForThisProcess() => new(RandomNumberGenerator.GetBytes(SecretLength));

    public string Sign(string list, string position)
    {
        var text = Encoding.UTF8.GetBytes(position);
        var cursor = new byte[1 + MacLength + text.Length];
        cursor[0] = Version;
        text.CopyTo(cursor, 1 + MacLength);
        Mac(list, text).AsSpan(0, MacLength).CopyTo(cursor.AsSpan(1));
        return Base64Url.EncodeToString(cursor);
    }

    public bool TryVerify(string list, string cursor, [NotNullWhen(true)] out string? position)
    {
        position = null;
        if (cursor.Length is 0 or > MaxCursorLength)
            return false;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            return false;
        }

        if (bytes.Length < 1 + MacLength || bytes[0] != Version)
            return false;
        var text = bytes.AsSpan(1 + MacLength);
        if (!CryptographicOperations.FixedTimeEquals(bytes.AsSpan(1, MacLength), Mac(list, text).AsSpan(0, MacLength)))
            return false;
        try
        {
            position = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(text);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private byte[] Mac(string list, ReadOnlySpan<byte> position)
    {
        var listBytes = Encoding.UTF8.GetBytes(list);
        var message = new byte[listBytes.Length + 1 + position.Length];
        listBytes.CopyTo(message, 0);
        message[listBytes.Length] = (byte)'\n';
        position.CopyTo(message.AsSpan(listBytes.Length + 1));
        return HMACSHA256.HashData(_secret, message);
    }
}
