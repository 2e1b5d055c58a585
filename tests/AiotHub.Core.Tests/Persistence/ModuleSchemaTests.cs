using AiotHub.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace AiotHub.Core.Tests.Persistence;

public sealed class ModuleSchemaTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("aiothub-schema-").FullName;

    private string DatabasePath => Path.Combine(_directory, "hub.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void EachModuleMigratesItsOwnTablesOnceAndKeepsItsVersion()
    {
        string[] credentials = ["CREATE TABLE credentials(id TEXT PRIMARY KEY)", "ALTER TABLE credentials ADD COLUMN revoked INTEGER"];
        string[] profiles = ["CREATE TABLE profile_owners(model TEXT PRIMARY KEY)"];
        using (var connection = ModuleSchema.Open(DatabasePath))
        {
            ModuleSchema.Apply(connection, "credentials", credentials[..1]);
            ModuleSchema.Apply(connection, "profiles", profiles);
        }

        using (var connection = ModuleSchema.Open(DatabasePath))
        {
            // A later hub adds a migration to one module: only that one runs, the others are left alone.
            ModuleSchema.Apply(connection, "credentials", credentials);
            ModuleSchema.Apply(connection, "profiles", profiles);
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO credentials(id, revoked) VALUES('lamp-1', 5); INSERT INTO profile_owners(model) VALUES('acme.lamp')";
            insert.ExecuteNonQuery();
            Assert.Equal(2L, Scalar(connection, "SELECT version FROM module_schema WHERE module = 'credentials'"));
            Assert.Equal(1L, Scalar(connection, "SELECT version FROM module_schema WHERE module = 'profiles'"));
        }
    }

    [Fact]
    public void RefusesTablesFromANewerHub()
    {
        using var connection = ModuleSchema.Open(DatabasePath);
        ModuleSchema.Apply(connection, "credentials", ["CREATE TABLE a(x)", "CREATE TABLE b(x)"]);
        var error = Assert.Throws<InvalidOperationException>(() => ModuleSchema.Apply(connection, "credentials", ["CREATE TABLE a(x)"]));
        Assert.Contains("'credentials'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailedMigrationChangesNothing()
    {
        using var connection = ModuleSchema.Open(DatabasePath);
        Assert.Throws<SqliteException>(() => ModuleSchema.Apply(connection, "broken", ["CREATE TABLE ok(x); CREATE TABLE ok(x)"]));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ok'"));
        Assert.Null(Scalar(connection, "SELECT version FROM module_schema WHERE module = 'broken'"));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
