using System.Text.Json;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Activity;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Voice.Learning;

/// <summary>
/// What a home's assistant learns (issue 14 item 5): the utterances it did not understand or had to ask about, kept
/// for the owner unless the home switched that off; how often each intent came out; and the utterances the household
/// taught it — to a device action or a scene (carried out before the engine is asked: <see cref="TryUnderstand"/>,
/// <see cref="Execute"/>) or to a device alias (kept as the device's alias, so the engine resolves it everywhere).
/// Taught utterances and the switch are held in memory and written through; the log and counts live in hub.db only.
/// </summary>
public sealed class VoiceLearning
{
    /// <summary>The intent of an utterance carried out as taught to a device action.</summary>
    public const string TaughtIntent = "taught";

    /// <summary>The most aliases a device keeps (as PATCH …/devices/{id} allows).</summary>
    public const int MaxAliases = 16;

    /// <summary>The longest alias, as every name (docs/api.md "Names").</summary>
    public const int MaxAliasLength = 64;

    private readonly Lock _sync = new();
    private readonly VoiceLearningStore? _store;
    private readonly DeviceRegistry _registry;
    private readonly SceneCatalog _scenes;
    private readonly SceneRunner? _runner;
    private readonly TimeProvider _time;
    private readonly VoiceLearningOptions _options;
    private readonly HashSet<string> _logDisabled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, TaughtUtterance>> _taught = new(StringComparer.Ordinal);
    private long _nextId;

    public VoiceLearning(VoiceLearningStore? store, DeviceRegistry registry, SceneCatalog scenes, SceneRunner? runner = null,
        TimeProvider? timeProvider = null, VoiceLearningOptions? options = null)
    {
        _store = store;
        _registry = registry;
        _scenes = scenes;
        _runner = runner;
        _time = timeProvider ?? TimeProvider.System;
        _options = options ?? new VoiceLearningOptions();
        if (store is null)
            return;
        _logDisabled.UnionWith(store.LoadLogDisabled());
        foreach (var (homeId, body) in store.LoadTaught())
        {
            if (JsonSerializer.Deserialize(body, TaughtUtteranceJson.Default.TaughtUtterance) is { } taught)
                Home(homeId)[VoiceUtterances.Normalize(taught.Utterance)] = taught;
        }
    }

    /// <summary>Whether the home keeps not-understood utterances and counts (default: yes).</summary>
    public bool IsLogEnabled(string homeId)
    {
        lock (_sync)
            return !_logDisabled.Contains(homeId);
    }

    /// <summary>Switches the home's log on or off; off keeps nothing new (what is kept stays until deleted).</summary>
    public void SetLogEnabled(string homeId, bool enabled)
    {
        lock (_sync)
        {
            _store?.SaveLogEnabled(homeId, enabled);
            if (enabled)
                _logDisabled.Remove(homeId);
            else
                _logDisabled.Add(homeId);
        }
    }

    /// <summary>
    /// Records what an utterance came out as: its intent counted; kept in the log when the assistant did not
    /// understand it or had to ask. Nothing at all when the home switched its log off.
    /// </summary>
    public void Record(string homeId, string text, VoiceResult result)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        if (_store is null || !IsLogEnabled(homeId))
            return;
        var language = result.Language is "zh" ? "zh" : "en";
        var intent = VoiceUtterances.Clip(result.Intent, 64);
        (string, string, string)? logged = null;
        if (result.Intent is VoiceIntents.Unknown or VoiceIntents.Clarify)
        {
            var clipped = VoiceUtterances.Clip(text.Trim(), VoiceUtterances.MaxLength);
            var key = VoiceUtterances.Normalize(clipped);
            if (key.Length > 0)
                logged = (key, clipped, VoiceUtterances.Clip(result.Answer, _options.MaxAnswerLength));
        }

        _store.Record(homeId, intent, language, logged, _time.GetUtcNow(), _options.MaxLoggedPerHome, _options.MaxIntentsPerHome);
    }

    public IReadOnlyList<NotUnderstoodUtterance> ListNotUnderstood(string homeId) => _store?.ListNotUnderstood(homeId) ?? [];

    public NotUnderstoodUtterance? FindNotUnderstood(string homeId, long id) => _store?.FindNotUnderstood(homeId, id);

    /// <summary>Deletes one logged utterance, or with null all of the home's; how many were deleted.</summary>
    public int DeleteNotUnderstood(string homeId, long? id) => _store?.DeleteNotUnderstood(homeId, id) ?? 0;

    public IReadOnlyList<VoiceIntentCount> ListIntentCounts(string homeId) => _store?.ListIntentCounts(homeId) ?? [];

    public int DeleteIntentCounts(string homeId) => _store?.DeleteIntentCounts(homeId) ?? 0;

    /// <summary>The home's taught utterances, oldest first.</summary>
    public IReadOnlyList<TaughtUtterance> ListTaught(string homeId)
    {
        lock (_sync)
            return _taught.TryGetValue(homeId, out var taught) ? [.. taught.Values.OrderBy(t => t.Id)] : [];
    }

    public TaughtUtterance? FindTaught(string homeId, long id)
    {
        lock (_sync)
            return _taught.TryGetValue(homeId, out var taught) ? taught.Values.FirstOrDefault(t => t.Id == id) : null;
    }

    /// <summary>
    /// Teaches <paramref name="utterance"/> to exactly one of a device step, a scene or an alias, checked against the
    /// home as a command or scene would be (problems at "$.utterance", "$.device…", "$.scene", "$.alias…"). An alias is
    /// added to the device's aliases. Teaching removes the utterance from the not-understood log.
    /// </summary>
    public TeachResult Teach(string homeId, string? utterance, SceneStep? device, string? scene, TaughtAlias? alias, string? createdBy)
    {
        var errors = new List<ProfileError>();
        var text = utterance?.Trim() ?? "";
        var key = VoiceUtterances.Normalize(text);
        if (text.Length is 0 or > VoiceUtterances.MaxLength || key.Length == 0)
            errors.Add(new ProfileError("$.utterance", $"an utterance of 1 to {VoiceUtterances.MaxLength} characters with a word in it"));
        if ((device is null ? 0 : 1) + (scene is null ? 0 : 1) + (alias is null ? 0 : 1) != 1)
            errors.Add(new ProfileError("$", "exactly one of device, scene or alias"));
        else if (device is not null)
            errors.AddRange(ValidateDevice(homeId, device));
        else if (scene is not null && _scenes.Find(homeId, scene) is null)
            errors.Add(new ProfileError("$.scene", $"no scene '{scene}' in home '{homeId}'"));
        else if (alias is not null)
            alias = ValidateAlias(homeId, key, alias, errors);
        if (errors.Count > 0)
            return new TeachResult(TeachStatus.Invalid, null, errors);

        lock (_sync)
        {
            var taught = Home(homeId);
            var old = taught.GetValueOrDefault(key);
            if (old is null && taught.Count >= _options.MaxTaughtPerHome)
                return new TeachResult(TeachStatus.Full, null,
                    [new ProfileError("$", $"this home has {taught.Count} taught utterances, the most it keeps: forget one first")]);
            if (alias is not null && !AddAlias(alias))
                return new TeachResult(TeachStatus.Invalid, null, [new ProfileError("$.alias.deviceId", $"no device '{alias.DeviceId}' in home '{homeId}'")]);
            if (old?.Alias is { } oldAlias && oldAlias != alias)
                RemoveAlias(homeId, oldAlias, except: key);

            var kind = device is not null ? TaughtUtterance.DeviceKind : scene is not null ? TaughtUtterance.SceneKind : TaughtUtterance.AliasKind;
            var language = VoiceUtterances.DetectLanguage(text);
            var now = _time.GetUtcNow();
            TaughtUtterance Make(long id) => new(id, text, language, kind, device, scene, alias, now, createdBy);
            TaughtUtterance? made = null;
            if (_store is not null)
                _store.SaveTaught(homeId, key, id => JsonSerializer.Serialize(made = Make(id), TaughtUtteranceJson.Default.TaughtUtterance));
            else
                made = Make(old?.Id ?? ++_nextId);
            taught[key] = made!;
            _store?.DeleteNotUnderstood(homeId, key);
            return new TeachResult(old is null ? TeachStatus.Created : TeachStatus.Replaced, made, []);
        }
    }

    /// <summary>Forgets a taught utterance; a taught alias is taken off its device. False when there is none.</summary>
    public bool Forget(string homeId, long id)
    {
        lock (_sync)
        {
            if (!_taught.TryGetValue(homeId, out var taught) || taught.FirstOrDefault(t => t.Value.Id == id) is not { Value: not null } found)
                return false;
            _store?.DeleteTaught(homeId, id);
            taught.Remove(found.Key);
            if (found.Value.Alias is { } alias)
                RemoveAlias(homeId, alias, except: null);
            return true;
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> was taught to a device action or a scene that the home still has; then
    /// <paramref name="understood"/> is what it means (intent <see cref="TaughtIntent"/> with the device, or run-scene
    /// with the scene) for the caller to check before <see cref="Execute"/>. Aliases are the engine's to resolve.
    /// </summary>
    public bool TryUnderstand(string homeId, string text, string? language, out TaughtUtterance taught, out VoiceResult understood)
    {
        taught = null!;
        understood = null!;
        var key = VoiceUtterances.Normalize(text);
        lock (_sync)
        {
            if (key.Length == 0 || !_taught.TryGetValue(homeId, out var home) || !home.TryGetValue(key, out var found))
                return false;
            taught = found;
        }

        var lang = language is "zh" or "en" ? language : VoiceUtterances.DetectLanguage(text);
        if (taught.Device is { } step && _registry.TryGetDevice(step.DeviceId, out var device) && device.HomeId == homeId)
        {
            understood = new VoiceResult(TaughtIntent, lang, [device.Id], null, null, step.Key, "", [], []);
            return true;
        }

        if (taught.Scene is { } sceneId && _scenes.Find(homeId, sceneId) is not null)
        {
            understood = new VoiceResult(VoiceIntents.RunScene, lang, [sceneId], null, null, null, "", [], []);
            return true;
        }

        return false;
    }

    /// <summary>Carries out a taught utterance as <see cref="TryUnderstand"/> understood it, answering in its language.</summary>
    public VoiceResult Execute(string homeId, TaughtUtterance taught, VoiceResult understood, string source = "voice", string? startedBy = null)
    {
        ArgumentNullException.ThrowIfNull(taught);
        ArgumentNullException.ThrowIfNull(understood);
        var lang = understood.Language;
        if (taught.Scene is { } sceneId)
        {
            var scene = _scenes.Find(homeId, sceneId);
            var run = scene is null ? null : _runner?.Start(homeId, sceneId, source, startedBy);
            return run is null
                ? understood with { Answer = TaughtAnswers.SceneUnavailable(lang) }
                : understood with { Answer = TaughtAnswers.SceneStarted(lang, scene!.Name), RunIds = [run.Id] };
        }

        var step = taught.Device!;
        if (!_registry.TryGetDevice(step.DeviceId, out var device) || device.HomeId != homeId)
            return understood with { Answer = TaughtAnswers.Unreachable(lang, step.DeviceId) };
        var name = TaughtAnswers.Name(device, _registry.ProfileOf(device.Id), lang);
        var result = step.Set is { } values
            ? _registry.SetProperties(device.Id, values, CommandOrigin.Voice(startedBy))
            : _registry.CallAction(device.Id, step.Call!, step.In ?? default, CommandOrigin.Voice(startedBy));
        if (!result.IsAccepted)
            return understood with { Answer = result.QueueFull ? TaughtAnswers.Busy(lang) : TaughtAnswers.NoLongerFits(lang, name) };
        var answer = result.Outbound is null ? TaughtAnswers.Unreachable(lang, name) : TaughtAnswers.Done(lang, name, step);
        return understood with { Answer = answer, CommandIds = [result.Command.Id] };
    }

    private Dictionary<string, TaughtUtterance> Home(string homeId)
    {
        if (!_taught.TryGetValue(homeId, out var taught))
            _taught[homeId] = taught = new Dictionary<string, TaughtUtterance>(StringComparer.Ordinal);
        return taught;
    }

    private List<ProfileError> ValidateDevice(string homeId, SceneStep step)
    {
        if (string.IsNullOrEmpty(step.DeviceId))
            return [new ProfileError("$.device.deviceId", "the id of a device of this home")];
        if ((step.Set is null) == (step.Call is null))
            return [new ProfileError("$.device", "exactly one of set (property values) or call (an action)")];
        if (step.Set is { } set && (set.ValueKind != JsonValueKind.Object || !set.EnumerateObject().Any()))
            return [new ProfileError("$.device.set", "an object of at least one \"service.property\": value")];
        if (step.In is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) })
            return [new ProfileError("$.device.in", "an object of the action's arguments")];
        return SceneValidator.ValidateStep(_registry, homeId, step, "$.device");
    }

    private TaughtAlias? ValidateAlias(string homeId, string utteranceKey, TaughtAlias alias, List<ProfileError> errors)
    {
        var name = (string.IsNullOrWhiteSpace(alias.Name) ? null : alias.Name.Trim()) ?? "";
        if (name.Length is 0 or > MaxAliasLength)
            errors.Add(new ProfileError("$.alias.name", $"an alias has 1 to {MaxAliasLength} characters"));
        else if (DisplayNames.Problem(name) is { } problem)
            errors.Add(new ProfileError("$.alias.name", problem));
        else if (VoiceUtterances.Normalize(name) is var nameKey && (nameKey.Length == 0 || !utteranceKey.Contains(nameKey, StringComparison.Ordinal)))
            errors.Add(new ProfileError("$.alias.name", "a word or phrase of the utterance"));

        if (!_registry.TryGetDevice(alias.DeviceId ?? "", out var device) || device.HomeId != homeId)
        {
            errors.Add(new ProfileError("$.alias.deviceId", $"no device '{alias.DeviceId}' in home '{homeId}'"));
            return null;
        }

        if (errors.Count > 0)
            return null;
        name = DisplayNames.Normalize(name);
        var folded = VoiceUtterances.Normalize(name);
        if (device.Aliases.Count >= MaxAliases && !device.Aliases.Any(a => VoiceUtterances.Normalize(a) == folded))
            errors.Add(new ProfileError("$.alias.deviceId", $"'{device.Id}' already has {MaxAliases} aliases, the most a device keeps"));
        foreach (var other in _registry.ListDevices(new DeviceQuery(HomeId: homeId)).Where(d => d.Id != device.Id))
        {
            if (other.Aliases.Prepend(other.Name).Any(n => VoiceUtterances.Normalize(n) == folded))
                errors.Add(new ProfileError("$.alias.name", $"'{name}' already names device '{other.Id}': the assistant would have to ask which"));
        }

        return new TaughtAlias(device.Id, name);
    }

    /// <summary>Adds the alias to its device unless it has it; false when the device is gone.</summary>
    private bool AddAlias(TaughtAlias alias)
    {
        // The registry's version check makes a concurrent edit of the device retry rather than be overwritten.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (!_registry.TryGetDevice(alias.DeviceId, out var device))
                return false;
            var folded = VoiceUtterances.Normalize(alias.Name);
            if (device.Aliases.Any(a => VoiceUtterances.Normalize(a) == folded))
                return true;
            var result = _registry.TryUpdateDevice(device.Id, aliases: [.. device.Aliases, alias.Name], precondition: v => v == device.Version);
            if (result.Outcome == EditOutcome.Applied)
                return true;
            if (result.Outcome == EditOutcome.NotFound)
                return false;
        }

        return false;
    }

    /// <summary>Takes a taught alias off its device, unless another taught utterance (not <paramref name="except"/>) still gives it.</summary>
    private void RemoveAlias(string homeId, TaughtAlias alias, string? except)
    {
        if (_taught.TryGetValue(homeId, out var taught) && taught.Any(t => t.Key != except && t.Value.Alias == alias))
            return;
        var folded = VoiceUtterances.Normalize(alias.Name);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (!_registry.TryGetDevice(alias.DeviceId, out var device) || !device.Aliases.Any(a => VoiceUtterances.Normalize(a) == folded))
                return;
            var result = _registry.TryUpdateDevice(device.Id, aliases: [.. device.Aliases.Where(a => VoiceUtterances.Normalize(a) != folded)],
                precondition: v => v == device.Version);
            if (result.Outcome != EditOutcome.PreconditionFailed)
                return;
        }
    }
}
