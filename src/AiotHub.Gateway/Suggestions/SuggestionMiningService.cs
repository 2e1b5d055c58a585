using System.Diagnostics;
using System.Text.Json;
using AiotHub.Automation.Automations;
using AiotHub.Automation.Scenes;
using AiotHub.Automation.Suggestions;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using Microsoft.Extensions.Options;

namespace AiotHub.Gateway.Suggestions;

/// <summary>
/// Mines each home's activity for routines in the background (docs/suggestions.md "Running on the hub"). One thread
/// at the lowest scheduling priority (<see cref="LowPriorityThread"/>) wakes every <see cref="SuggestionsOptions.PollInterval"/>,
/// reads only the entries appended since its last read into the home's window (<see cref="HomeActivityWindow"/>,
/// bounded by <see cref="SuggestionsOptions.Window"/> and <see cref="SuggestionsOptions.MaxEntriesPerHome"/>), and mines
/// a home when something new arrived and its last pass is at least <see cref="SuggestionsOptions.Interval"/> old — the
/// first pass <see cref="SuggestionsOptions.StartDelay"/> after start. A home whose owner switched mining off is neither
/// read nor mined, and its window is dropped.
/// </summary>
internal sealed class SuggestionMiningService(
    ActivityStore activity,
    SuggestionStore store,
    DeviceRegistry registry,
    AutomationCatalog automations,
    SceneCatalog scenes,
    AutomationEngineOptions location,
    TimeProvider time,
    IOptions<SuggestionsOptions> options,
    ILogger<SuggestionMiningService> logger) : BackgroundService
{
    /// <summary>The mining thread's name (the kernel shows its first 15 characters).</summary>
    public const string ThreadName = "aiothub-mining";

    private const int ReadBatch = 10_000;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private readonly SuggestionsOptions _options = options.Value;
    private readonly TimeZoneInfo _zone = location.TimeZone is { } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : time.LocalTimeZone;
    private readonly Lock _pass = new();
    private readonly Dictionary<string, HomeActivityWindow> _windows = new(StringComparer.Ordinal);
    private long _passes;

    /// <summary>The mining thread's kernel id once it runs (Linux; 0 before or elsewhere), for checking its priority.</summary>
    public int ThreadId { get; private set; }

    /// <summary>Whether the operating system lowered the mining thread's priority.</summary>
    public bool Lowered { get; private set; }

    /// <summary>Mining passes of a home so far.</summary>
    public long Passes => Interlocked.Read(ref _passes);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Run(stoppingToken);
            }
            finally
            {
                done.TrySetResult();
            }
        })
        {
            IsBackground = true,
            Name = ThreadName,
        };
        thread.Start();
        return done.Task;
    }

    /// <summary>
    /// One look at every home: reads what is new, mines the homes that are due; the ids of the homes mined. The thread
    /// calls it on its schedule; tests call it to see a pass now.
    /// </summary>
    internal IReadOnlyList<string> RunPass(CancellationToken cancellationToken = default)
    {
        lock (_pass)
        {
            var mined = new List<string>();
            var homes = registry.ListHomes().Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _windows.Keys.Where(h => !homes.Contains(h) || !store.IsEnabled(h)).ToList())
                _windows.Remove(gone);
            foreach (var homeId in homes.Order(StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!store.IsEnabled(homeId))
                    continue;
                try
                {
                    if (Refresh(homeId, cancellationToken))
                        mined.Add(homeId);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One home's failure (a miner bug, a busy file) does not stop the others; it is tried again next time.
                    SuggestionsLog.PassFailed(logger, homeId, e);
                }
            }

            return mined;
        }
    }

    /// <summary>Forgets what is kept of the home's activity: it is read again and mined at the next pass (after a delete).</summary>
    internal void Forget(string homeId)
    {
        lock (_pass)
            _windows.Remove(homeId);
    }

    private void Run(CancellationToken stoppingToken)
    {
        ThreadId = LowPriorityThread.CurrentTid();
        Lowered = LowPriorityThread.Lower();
        if (!Lowered)
            SuggestionsLog.NotLowered(logger);
        if (!Wait(_options.StartDelay, stoppingToken))
            return;
        do
        {
            try
            {
                RunPass(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                SuggestionsLog.PassFailed(logger, "*", e);
            }
        }
        while (Wait(_options.PollInterval, stoppingToken));
    }

    private bool Wait(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            Task.Delay(delay, time, stoppingToken).Wait(stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private bool Refresh(string homeId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var from = now - _options.Window;
        if (!_windows.TryGetValue(homeId, out var window))
            _windows[homeId] = window = new HomeActivityWindow();

        // Only what was appended since the last read; entries stamped a little ahead of the hub's clock are taken too.
        while (true)
        {
            var batch = activity.Read(homeId, from, now.AddDays(1), window.LastId, ReadBatch);
            window.Add(batch);
            if (batch.Count < ReadBatch)
                break;
        }

        window.Trim(from, _options.MaxEntriesPerHome);
        if (!window.IsDue(now, _options.Interval))
            return false;
        Mine(homeId, window, now, cancellationToken);
        window.Mined(now);
        return true;
    }

    private void Mine(string homeId, HomeActivityWindow window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var rooms = registry.ListRooms(homeId).ToDictionary(r => r.Id, r => r.Name, StringComparer.Ordinal);
        var devices = registry.ListDevices(new DeviceQuery(HomeId: homeId))
            .Select(d => registry.ProfileOf(d.Id) is { } profile
                ? new MiningDevice(d.Id, d.Name, d.RoomId, d.RoomId is { } room ? rooms.GetValueOrDefault(room) : null, profile)
                : null)
            .OfType<MiningDevice>()
            .ToList();
        var existing = automations.List(homeId);
        var input = new MiningInput(homeId, now, _zone, location.Latitude, location.Longitude, [.. window.Entries], devices,
            [.. existing.Select(a => a.Definition)],
            [.. scenes.List(homeId).Select(s => JsonSerializer.SerializeToElement(new { s.Id, s.Name, s.Icon, s.Steps }, Web))],
            store.SettledKeys(homeId));
        var found = RoutineMiner.Mine(input, cancellationToken);

        var kept = found
            .OrderByDescending(s => s.Confidence).ThenByDescending(s => s.Support).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(_options.MaxSuggestionsPerHome)
            .Select(s => (s, s.ChangesAutomationId is { } changed ? existing.FirstOrDefault(a => a.Id == changed)?.Version : (long?)null))
            .ToList();
        // The owner may have switched mining off while this pass ran: then nothing it found is kept.
        if (!store.IsEnabled(homeId))
            return;
        store.ReplaceMined(homeId, kept, now);
        Interlocked.Increment(ref _passes);
        SuggestionsLog.Mined(logger, homeId, window.Entries.Count, kept.Count, clock.ElapsedMilliseconds);
    }
}
