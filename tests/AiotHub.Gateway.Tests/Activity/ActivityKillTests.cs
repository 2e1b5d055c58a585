using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace AiotHub.Gateway.Tests.Activity;

/// <summary>
/// The activity log against the real hub process and a kill -9 (docs/gateway.md "The activity log"): entries are in
/// hub.db within the write-behind window, and what was there survives; the next ids go on after them.
/// </summary>
public sealed class ActivityKillTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("aiothub-activity-kill-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task EntriesWrittenWithinTheWindowSurviveAKill9AndIdsGoOnAfterThem()
    {
        System.Net.Http.Headers.AuthenticationHeaderValue authorization;
        List<long> before;
        await using (var hub = GatewayProcess.StartInDirectory(_data))
        {
            using var http = await hub.CreateOwnerClientAsync(Ct);
            authorization = http.DefaultRequestHeaders.Authorization!;
            foreach (var mode in new[] { "away", "sleep", "home" })
                Assert.True((await http.PutAsJsonAsync("/api/v1/homes/home/mode", new { mode }, Ct)).IsSuccessStatusCode);

            // Written behind: in the file within Devices:WriteBehindInterval (0.5 s), read by another connection.
            var clock = Stopwatch.StartNew();
            Assert.True(await DeviceHubWaitAsync(() => CountModeRows() == 3), $"{CountModeRows()} rows after {clock.Elapsed}");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"in the file only after {clock.Elapsed}");
            before = Ids(await GetActivityAsync(http));
            hub.Kill();
            await hub.WaitForExitAsync(TimeSpan.FromSeconds(10), Ct);
        }

        await using (var hub = GatewayProcess.StartInDirectory(_data))
        {
            using var http = new HttpClient { BaseAddress = hub.BaseAddress };
            http.DefaultRequestHeaders.Authorization = authorization;
            JsonElement page = default;
            Assert.True(await DeviceHubWaitAsync(() =>
            {
                try
                {
                    page = GetActivityAsync(http).GetAwaiter().GetResult();
                    return true;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }), hub.Output);
            var modes = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("value").GetString()).ToList();
            Assert.Equal(["away", "sleep", "home"], modes);
            Assert.Equal(before, Ids(page));

            Assert.True((await http.PutAsJsonAsync("/api/v1/homes/home/mode", new { mode = "away" }, Ct)).IsSuccessStatusCode);
            var after = Ids(await GetActivityAsync(http));
            Assert.Equal(4, after.Count);
            Assert.True(after[^1] > before.Max());
        }
    }

    private static async Task<JsonElement> GetActivityAsync(HttpClient http)
    {
        var response = await http.GetAsync("/api/v1/homes/home/activity", Ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static List<long> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64())];

    private static Task<bool> DeviceHubWaitAsync(Func<bool> condition) => Devices.DeviceHub.WaitUntilAsync(condition, Ct);

    private long CountModeRows()
    {
        var path = Path.Combine(_data, "hub.db");
        if (!File.Exists(path))
            return 0;
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM activity WHERE kind = 'Mode'";
        try
        {
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }
}
