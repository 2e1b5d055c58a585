using System.Net;
using System.Text;
using System.Text.Json;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Gateway.Access;
using AiotHub.Gateway.Suggestions;
using AiotHub.Gateway.Tests.Devices;
using Microsoft.Extensions.DependencyInjection;

namespace AiotHub.Gateway.Tests.Suggestions;

/// <summary>
/// /api/v1/homes/{id}/suggestions through the real hub: activity seeded into the hub's own <see cref="ActivityStore"/>,
/// a mining pass of its own <see cref="SuggestionMiningService"/> (run by the test, the thread's first pass being an hour
/// away), and what a household does with the result: accept, dismiss, snooze, the switch and deleting.
/// </summary>
public sealed class SuggestionsApiTests : IAsyncLifetime
{
    private const string Home = DeviceRegistry.DefaultHomeId;
    private const string Suggestions = "/api/v1/homes/home/suggestions";
    private readonly DeviceHub _hub = new(("Suggestions:StartDelay", "01:00:00"));
    private HttpClient _owner = null!;
    private HttpClient _member = null!;
    private HttpClient _guest = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ActivityStore Activity => _hub.Services.GetRequiredService<ActivityStore>();

    private SuggestionMiningService Miner => _hub.Services.GetRequiredService<SuggestionMiningService>();

    public ValueTask InitializeAsync()
    {
        foreach (var (id, name) in new[] { ("lamp-1", "Hall light"), ("lamp-2", "Desk lamp") })
        {
            _hub.Registry.OnAnnounce(id, new DeviceAnnouncement("aiot.light.ceiling1"));
            _hub.Registry.UpdateDevice(id, name: name);
        }

        _owner = _hub.CreateHttpClient();
        _member = _hub.CreateHttpClient(_hub.Tokens.Create("member", [new AccessGrant(Home, AccessRole.Member)], expires: null).Secret);
        _guest = _hub.CreateHttpClient(_hub.Tokens.Create("guest", [new AccessGrant(Home, AccessRole.Guest)], expires: null).Secret);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _owner.Dispose();
        _member.Dispose();
        _guest.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task AWeekdayMorningHabitInTheActivityLogBecomesAnOpenTimeRoutineWithItsEvidence()
    {
        var seeded = SeedMorningHabit("lamp-1", weeks: 4);

        var mined = Miner.RunPass(Ct);
        var (status, page) = await SendAsync(_member, HttpMethod.Get, Suggestions);

        Assert.Equal([Home], mined);
        Assert.Equal(HttpStatusCode.OK, status);
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
        Assert.Equal(("timeRoutine", "open"), (item.GetProperty("kind").GetString(), item.GetProperty("status").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("title").GetProperty("en").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("title").GetProperty("zh").GetString()));
        Assert.Equal(JsonValueKind.Object, item.GetProperty("automation").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("scene").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("acceptedAs").ValueKind);
        var occurrences = item.GetProperty("occurrences").EnumerateArray().ToList();
        Assert.True(occurrences.Count >= 15, $"{occurrences.Count} occurrences of {seeded.Count} seeded");
        Assert.Equal(occurrences.Count, item.GetProperty("support").GetInt32());
        // Every occurrence links to entries of the log itself.
        var ids = seeded.Select(e => e.Id).ToHashSet();
        Assert.All(occurrences, o => Assert.Contains(o.GetProperty("activityIds")[0].GetInt64(), ids));
        Assert.True(item.GetProperty("replay").GetProperty("runs").GetInt32() > 0);

        var (one, single) = await SendAsync(_owner, HttpMethod.Get, $"{Suggestions}/{item.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.OK, one);
        Assert.Equal(item.GetProperty("id").GetString(), single.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(_guest, HttpMethod.Get, Suggestions)).Status);
    }

    [Fact]
    public async Task AcceptingStoresAnOrdinaryAutomationUnderTheGivenNameAndItIsNeverSuggestedAgain()
    {
        SeedMorningHabit("lamp-1", weeks: 4);
        Miner.RunPass(Ct);
        var id = await OnlyOpenIdAsync();

        var (status, automation, location) = await SendWithLocationAsync(_member, HttpMethod.Post, $"{Suggestions}/{id}/accept", """{"name":"Morning hall light"}""");
        var (getStatus, stored) = await SendAsync(_owner, HttpMethod.Get, location!);
        var (_, decided) = await SendAsync(_owner, HttpMethod.Get, $"{Suggestions}/{id}");
        var (again, problem) = await SendAsync(_owner, HttpMethod.Post, $"{Suggestions}/{id}/accept");
        SeedMorningHabit("lamp-1", weeks: 1, daysAgo: 0);
        Miner.Forget(Home);
        Miner.RunPass(Ct);
        var (_, open) = await SendAsync(_owner, HttpMethod.Get, Suggestions);
        var (_, accepted) = await SendAsync(_owner, HttpMethod.Get, Suggestions + "?status=accepted");

        Assert.True(status == HttpStatusCode.Created, automation.ToString());
        Assert.Equal(HttpStatusCode.OK, getStatus);
        Assert.Equal("Morning hall light", stored.GetProperty("name").GetString());
        Assert.Equal(automation.GetProperty("id").GetString(), stored.GetProperty("id").GetString());
        Assert.Equal("available", stored.GetProperty("state").GetString());
        Assert.Equal("accepted", decided.GetProperty("status").GetString());
        Assert.Equal(("automation", automation.GetProperty("id").GetString()),
            (decided.GetProperty("acceptedAs").GetProperty("kind").GetString(), decided.GetProperty("acceptedAs").GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Contains("accepted already", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, open.GetProperty("total").GetInt32());
        Assert.Equal(id, Assert.Single(accepted.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task AcceptingAfterTheDeviceWasRemovedIsAConflictThatSaysWhyAndStoresNothing()
    {
        SeedMorningHabit("lamp-1", weeks: 4);
        Miner.RunPass(Ct);
        var id = await OnlyOpenIdAsync();
        var (removed, _) = await SendAsync(_owner, HttpMethod.Delete, "/api/v1/homes/home/devices/lamp-1");

        var (status, problem) = await SendAsync(_owner, HttpMethod.Post, $"{Suggestions}/{id}/accept");
        var (_, automations) = await SendAsync(_owner, HttpMethod.Get, "/api/v1/homes/home/automations");
        var (_, still) = await SendAsync(_owner, HttpMethod.Get, $"{Suggestions}/{id}");

        Assert.True(removed is HttpStatusCode.OK or HttpStatusCode.NoContent, removed.ToString());
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("lamp-1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("nothing was stored", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any(), problem.ToString());
        Assert.Equal(0, automations.GetProperty("total").GetInt32());
        Assert.Equal("open", still.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ADismissedRoutineKeepsItsReasonAndIsNotSuggestedAgainWhenMoreEvidenceArrives()
    {
        SeedMorningHabit("lamp-1", weeks: 4);
        Miner.RunPass(Ct);
        var id = await OnlyOpenIdAsync();

        var (tooLong, tooLongProblem) = await SendAsync(_owner, HttpMethod.Post, $"{Suggestions}/{id}/dismiss", JsonSerializer.Serialize(new { reason = new string('x', 201) }));
        var (status, dismissed) = await SendAsync(_member, HttpMethod.Post, $"{Suggestions}/{id}/dismiss", """{"reason":"We get up at different times"}""");
        SeedMorningHabit("lamp-1", weeks: 1, daysAgo: 0);
        Miner.Forget(Home);
        Miner.RunPass(Ct);
        var (_, open) = await SendAsync(_owner, HttpMethod.Get, Suggestions);
        var (_, list) = await SendAsync(_owner, HttpMethod.Get, Suggestions + "?status=dismissed");

        Assert.Equal(HttpStatusCode.BadRequest, tooLong);
        Assert.True(tooLongProblem.GetProperty("errors").TryGetProperty("$.reason", out _), tooLongProblem.ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("dismissed", "We get up at different times"), (dismissed.GetProperty("status").GetString(), dismissed.GetProperty("dismissReason").GetString()));
        Assert.Equal(0, open.GetProperty("total").GetInt32());
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(("dismissed", "We get up at different times"), (item.GetProperty("status").GetString(), item.GetProperty("dismissReason").GetString()));
    }

    [Fact]
    public async Task ASnoozedSuggestionLeavesTheOpenListUntilItsTimeAndOddDurationsAreRefused()
    {
        SeedMorningHabit("lamp-1", weeks: 4);
        Miner.RunPass(Ct);
        var id = await OnlyOpenIdAsync();

        var (short_, shortProblem) = await SendAsync(_owner, HttpMethod.Post, $"{Suggestions}/{id}/snooze", """{"for":"30m"}""");
        var (long_, _) = await SendAsync(_owner, HttpMethod.Post, $"{Suggestions}/{id}/snooze", """{"for":"91d"}""");
        var (words, _) = await SendAsync(_owner, HttpMethod.Post, $"{Suggestions}/{id}/snooze", """{"for":"a week"}""");
        var before = DateTimeOffset.UtcNow;
        var (status, snoozed) = await SendAsync(_member, HttpMethod.Post, $"{Suggestions}/{id}/snooze", """{"for":"2d"}""");
        var (_, open) = await SendAsync(_owner, HttpMethod.Get, Suggestions);
        var (_, list) = await SendAsync(_owner, HttpMethod.Get, Suggestions + "?status=snoozed");
        var (defaultStatus, byDefault) = await SendAsync(_owner, HttpMethod.Post, $"{Suggestions}/{id}/snooze");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], [short_, long_, words]);
        Assert.True(shortProblem.GetProperty("errors").TryGetProperty("$.for", out _), shortProblem.ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("snoozed", snoozed.GetProperty("status").GetString());
        var until = snoozed.GetProperty("snoozedUntil").GetDateTimeOffset();
        Assert.InRange(until, before.AddDays(2).AddSeconds(-5), DateTimeOffset.UtcNow.AddDays(2).AddSeconds(5));
        Assert.Equal(0, open.GetProperty("total").GetInt32());
        Assert.Equal(id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, defaultStatus);
        Assert.InRange(byDefault.GetProperty("snoozedUntil").GetDateTimeOffset(), before.AddDays(7).AddSeconds(-5), DateTimeOffset.UtcNow.AddDays(7).AddSeconds(5));
    }

    [Fact]
    public async Task SwitchedOffTheHomeShowsAndMinesNothingAndOnlyTheOwnerMaySwitch()
    {
        SeedMorningHabit("lamp-1", weeks: 4);
        Miner.RunPass(Ct);
        var id = await OnlyOpenIdAsync();

        var (memberPut, _) = await SendAsync(_member, HttpMethod.Put, Suggestions + "/settings", """{"enabled":false}""");
        var (empty, emptyProblem) = await SendAsync(_owner, HttpMethod.Put, Suggestions + "/settings", "{}");
        var (put, settings) = await SendAsync(_owner, HttpMethod.Put, Suggestions + "/settings", """{"enabled":false}""");
        var (_, memberRead) = await SendAsync(_member, HttpMethod.Get, Suggestions + "/settings");
        var (_, list) = await SendAsync(_member, HttpMethod.Get, Suggestions);
        var (one, _) = await SendAsync(_member, HttpMethod.Get, $"{Suggestions}/{id}");
        SeedMorningHabit("lamp-1", weeks: 1, daysAgo: 0);
        var mined = Miner.RunPass(Ct);
        var (on, _) = await SendAsync(_owner, HttpMethod.Put, Suggestions + "/settings", """{"enabled":true}""");
        var minedAgain = Miner.RunPass(Ct);

        Assert.Equal(HttpStatusCode.Forbidden, memberPut);
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.True(emptyProblem.GetProperty("errors").TryGetProperty("$.enabled", out _), emptyProblem.ToString());
        Assert.Equal(HttpStatusCode.OK, put);
        Assert.False(settings.GetProperty("enabled").GetBoolean());
        Assert.False(memberRead.GetProperty("enabled").GetBoolean());
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, one);
        Assert.Empty(mined);
        Assert.Equal(HttpStatusCode.OK, on);
        Assert.Equal([Home], minedAgain);
        // The switch is in hub.db: another store over the same file reads it.
        using var reopened = SuggestionStore.Open(Activity.Path);
        Assert.True(reopened.IsEnabled(Home));
        _hub.Services.GetRequiredService<SuggestionStore>().SetEnabled(Home, false);
        Assert.False(reopened.IsEnabled(Home));
    }

    [Fact]
    public async Task DeletingRemovesWhatWasLearnedAndTheActivityLogOnlyWhenAskedAndOnlyForTheOwner()
    {
        SeedMorningHabit("lamp-1", weeks: 4);
        Miner.RunPass(Ct);
        var id = await OnlyOpenIdAsync();
        await SendAsync(_owner, HttpMethod.Post, $"{Suggestions}/{id}/dismiss");

        var (memberDelete, _) = await SendAsync(_member, HttpMethod.Delete, Suggestions);
        var (bad, _) = await SendAsync(_owner, HttpMethod.Delete, Suggestions + "?activity=yes");
        var (status, deleted) = await SendAsync(_owner, HttpMethod.Delete, Suggestions);
        var (_, all) = await SendAsync(_owner, HttpMethod.Get, Suggestions + "?status=all");
        var logKept = Activity.HasAny(Home);
        var (withLog, deletedWithLog) = await SendAsync(_owner, HttpMethod.Delete, Suggestions + "?activity=true");
        var minedAfter = Miner.RunPass(Ct);
        var (_, finally_) = await SendAsync(_owner, HttpMethod.Get, Suggestions + "?status=all");

        Assert.Equal(HttpStatusCode.Forbidden, memberDelete);
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((1, 1), (deleted.GetProperty("suggestions").GetInt32(), deleted.GetProperty("decisions").GetInt32()));
        Assert.Equal(JsonValueKind.Null, deleted.GetProperty("activity").ValueKind);
        Assert.Equal(0, all.GetProperty("total").GetInt32());
        Assert.True(logKept);
        Assert.Equal(HttpStatusCode.OK, withLog);
        Assert.True(deletedWithLog.GetProperty("activity").GetInt32() >= 15, deletedWithLog.ToString());
        Assert.False(Activity.HasAny(Home));
        Assert.Equal([Home], minedAfter);
        Assert.Equal(0, finally_.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AnUnknownStatusOrSuggestionIsRefusedWithWhatIsWrong()
    {
        var (status, problem) = await SendAsync(_owner, HttpMethod.Get, Suggestions + "?status=later");
        var (missing, missingProblem) = await SendAsync(_owner, HttpMethod.Post, Suggestions + "/time-0000/accept");
        var (home, _) = await SendAsync(_owner, HttpMethod.Get, "/api/v1/homes/nowhere/suggestions");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _), problem.ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Contains("time-0000", missingProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, home);
    }

    [Fact]
    public void APassMinesAHomeOnlyWhenNewActivityArrivedAndNotMoreOftenThanTheInterval()
    {
        SeedMorningHabit("lamp-1", weeks: 4);

        var first = Miner.RunPass(Ct);
        var nothingNew = Miner.RunPass(Ct);
        Activity.Append([new ActivityEntry(0, Home, DateTimeOffset.UtcNow, ActivityKind.Set, ActivitySource.App, "lamp-2", "light.on", DeviceHub.Json("true"), "tests")]);
        Activity.Flush();
        var tooSoon = Miner.RunPass(Ct);

        Assert.Equal([Home], first);
        Assert.Empty(nothingNew);
        Assert.Empty(tooSoon);
    }

    [Fact]
    public async Task TheMiningThreadRunsAtTheLowestPriorityTheKernelOffers()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "thread nice values are Linux's");
        Assert.True(await DeviceHub.WaitUntilAsync(() => Miner.ThreadId != 0, Ct));

        // /proc/self/task/{tid}/stat: field 19 is the nice value (after the command name in parentheses).
        var stat = await File.ReadAllTextAsync($"/proc/self/task/{Miner.ThreadId}/stat", Ct);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

        Assert.True(Miner.Lowered);
        Assert.Equal(LowPriorityThread.Nice.ToString(System.Globalization.CultureInfo.InvariantCulture), fields[16]);
        Assert.StartsWith("aiothub-mining", stat[(stat.IndexOf('(') + 1)..], StringComparison.Ordinal);
    }

    /// <summary>
    /// The lamp switched on by hand in the app at about 07:10 (jitter of a few minutes) on weekdays for
    /// <paramref name="weeks"/> weeks ending <paramref name="daysAgo"/> days ago; the entries as stored, with their ids.
    /// </summary>
    private IReadOnlyList<ActivityEntry> SeedMorningHabit(string deviceId, int weeks, int daysAgo = 1)
    {
        var zone = TimeZoneInfo.Local;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var entries = new List<ActivityEntry>();
        for (var day = daysAgo + (weeks * 7) - 1; day >= daysAgo; day--)
        {
            var date = today.AddDays(-day);
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                continue;
            var local = date.ToDateTime(new TimeOnly(7, 8 + (day % 5)));
            var time = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone));
            if (time > DateTimeOffset.UtcNow)
                continue;
            entries.Add(new ActivityEntry(0, Home, time, ActivityKind.Set, ActivitySource.App, deviceId, "light.on", DeviceHub.Json("true"), "tests"));
        }

        var stored = Activity.Append(entries);
        Activity.Flush();
        return stored;
    }

    private async Task<string> OnlyOpenIdAsync()
    {
        var (status, page) = await SendAsync(_owner, HttpMethod.Get, Suggestions);
        Assert.Equal(HttpStatusCode.OK, status);
        return Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetString()!;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient http, HttpMethod method, string path, string? body = null)
    {
        var (status, json, _) = await SendWithLocationAsync(http, method, path, body);
        return (status, json);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body, string? Location)> SendWithLocationAsync(HttpClient http, HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response.StatusCode, document.RootElement.Clone(), response.Headers.Location?.ToString());
    }
}
