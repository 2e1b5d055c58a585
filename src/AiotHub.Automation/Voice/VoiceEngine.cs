using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AiotHub.Automation.Scenes;
using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Voice;

/// <summary>
/// The voice assistant's intent engine (issue 5 item 5): rules and keyword grammars per language, entity
/// resolution against the live home (room, type, name, aliases), a clarifying answer instead of a guess,
/// and execution through the registry (validated by the profile) and the scene runner.
/// </summary>
public sealed partial class VoiceEngine
{
    private readonly DeviceRegistry _registry;
    private readonly SceneCatalog _scenes;
    private readonly SceneRunner? _runner;
    private readonly VoiceOptions _options;

    public VoiceEngine(DeviceRegistry registry, SceneCatalog scenes, SceneRunner? runner = null, VoiceOptions? options = null)
    {
        _registry = registry;
        _scenes = scenes;
        _runner = runner;
        _options = options ?? new VoiceOptions();
    }

    /// <summary>Understands and carries out the utterance; the answer is in the utterance's language.</summary>
    public VoiceResult Handle(string homeId, string text, string? language = null, string source = "voice", string? startedBy = null)
    {
        var understood = Understand(homeId, text, language);
        return Execute(homeId, understood, source, startedBy);
    }

    /// <summary>What the utterance means in this home, without doing anything (answers are provisional).</summary>
    public VoiceResult Understand(string homeId, string text, string? language = null)
    {
        var lang = language is "zh" or "en" ? language : VoiceText.DetectLanguage(text);
        var question = text.Contains('?', StringComparison.Ordinal) || text.Contains('？', StringComparison.Ordinal);
        var n = VoiceText.Normalize(text);
        var home = new HomeView(_registry, homeId);
        if (n.Length == 0)
            return Unknown(lang);

        // Devices named by name or alias (longest first), then rooms and type words in what is left.
        var rest = " " + n + " ";
        var mentioned = new List<Device>();
        foreach (var (phrase, devices) in home.Phrases())
        {
            var at = VoiceText.Find(rest, phrase);
            if (at < 0)
                continue;
            mentioned.AddRange(devices.Where(d => !mentioned.Contains(d)));
            rest = Blank(rest, at, phrase.Length);
        }

        var rooms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, roomId) in home.RoomPhrases(_options))
        {
            var at = VoiceText.Find(rest, phrase);
            if (at < 0)
                continue;
            rooms.Add(roomId);
            rest = Blank(rest, at, phrase.Length);
        }

        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, type) in VoiceVocabulary.TypeWords)
        {
            var at = VoiceText.Find(rest, word);
            if (at < 0)
                continue;
            types.Add(type);
            rest = Blank(rest, at, word.Length);
        }

        var number = VoiceNumbers.First(rest);
        var relative = VoiceText.ContainsAny(rest, VoiceVocabulary.Up) ? "up" : VoiceText.ContainsAny(rest, VoiceVocabulary.Down) ? "down" : null;
        if (VoiceText.ContainsAny(rest, VoiceVocabulary.Down) && VoiceText.ContainsAny(rest, VoiceVocabulary.Up))
            relative = LastOf(rest, VoiceVocabulary.Up) > LastOf(rest, VoiceVocabulary.Down) ? "up" : "down";
        var noTemperatureNoise = rest.Replace("亮度", "  ", StringComparison.Ordinal).Replace("湿度", "  ", StringComparison.Ordinal);
        var mentionsType = (string type) => types.Contains(type) || mentioned.Any(d => d.Type == type);
        var asks = question || IsQuestion(n, lang);
        var query = new Query(home, mentioned, rooms, types, lang);

        if (asks)
            return AskState(query, rest, noTemperatureNoise, mentionsType);

        if (FindScene(homeId, n) is { } scene)
            return new VoiceResult(VoiceIntents.RunScene, lang, [scene.Id], null, null, null, Say(lang, $"Running {scene.Name}.", $"好的，正在执行{scene.Name}。"), [], []);

        var onlyTv = !mentioned.Any(d => d.Type != "television");
        if (onlyTv && VoiceText.ContainsAny(n, VoiceVocabulary.Pause))
            return Resolve(query, VoiceIntents.TvPause, IsType("television"), null, null, null);
        if (onlyTv && (VoiceText.ContainsAny(n, VoiceVocabulary.Resume) || VoiceText.Contains(n, "play") && mentionsType("television")))
            return Resolve(query, VoiceIntents.TvPlay, IsType("television"), null, null, null);
        if (onlyTv && _options.TvApps.Where(a => VoiceText.Contains(n, a.Key)).Select(a => a.Value).FirstOrDefault() is { } app)
            return Resolve(query, VoiceIntents.TvApp, IsType("television"), null, null, app);
        if (onlyTv && VoiceText.ContainsAny(n, VoiceVocabulary.Input) && TvInput(n) is { } input)
            return Resolve(query, VoiceIntents.TvInput, IsType("television"), input, null, null);

        var volume = VoiceText.ContainsAny(rest, VoiceVocabulary.Volume) || mentionsType("speaker") && (number is not null || relative is not null);
        if (volume && mentionsType("television"))
            return Resolve(query, VoiceIntents.TvVolume, IsType("television"), number, relative, null);
        if (volume)
            return Resolve(query, VoiceIntents.SetVolume, Has("speaker.volume"), number, relative, null);

        var temperatureWords = VoiceText.ContainsAny(noTemperatureNoise, VoiceVocabulary.Temperature);
        var onOff = VoiceText.ContainsAny(rest, VoiceVocabulary.Off) ? VoiceIntents.TurnOff : VoiceText.ContainsAny(rest, VoiceVocabulary.On) ? VoiceIntents.TurnOn : null;
        var ac = mentionsType("air-conditioner");
        if (temperatureWords || ac && (number is not null || (relative is not null && onOff is null)))
            return Resolve(query, VoiceIntents.SetTemperature, Has("air-conditioner.target-temperature"), number, relative, null);

        if (mentionsType("curtain"))
        {
            double? position = number ?? (VoiceText.ContainsAny(rest, VoiceVocabulary.Half) ? 50
                : VoiceText.ContainsAny(rest, VoiceVocabulary.Close) ? 0 : VoiceText.ContainsAny(rest, VoiceVocabulary.Open) ? 100 : null);
            return Resolve(query, VoiceIntents.SetPosition, Has("curtain.target-position"), position, null, null);
        }

        var lights = mentionsType("light");
        if (VoiceText.ContainsAny(rest, VoiceVocabulary.Brightness) || lights && (number is not null || relative is not null))
        {
            var value = VoiceText.ContainsAny(rest, VoiceVocabulary.Maximum) ? 100 : number;
            return Resolve(query, VoiceIntents.SetBrightness, Has("light.brightness"), value, value is null ? relative : null, null);
        }

        if (onOff is not null && (mentioned.Count > 0 || types.Count > 0 || rooms.Count > 0))
            return Resolve(query, onOff, d => OnKey(d.Profile) is not null, null, null, null);

        return Unknown(lang);
    }

    private static string Blank(string text, int at, int length) => string.Concat(text.AsSpan(0, at), new string(' ', length), text.AsSpan(at + length));

    private static int LastOf(string text, string[] words) => words.Max(w => text.LastIndexOf(w, StringComparison.Ordinal));

    private static bool IsQuestion(string n, string lang) =>
        lang == "zh"
            ? VoiceVocabulary.QuestionWords.Any(w => n.Contains(w, StringComparison.Ordinal))
            : VoiceVocabulary.QuestionStarts.Any(w => n.StartsWith(w + " ", StringComparison.Ordinal));

    private static string Say(string lang, string english, string chinese) => lang == "zh" ? chinese : english;

    private static VoiceResult Unknown(string lang) =>
        new(VoiceIntents.Unknown, lang, [], null, null, null,
            Say(lang, "Sorry, I can only control and answer about the devices and scenes in this home.", "抱歉，我只能控制和查询家里的设备和场景。"), [], []);

    private Scene? FindScene(string homeId, string n)
    {
        Scene? best = null;
        var bestLength = 0;
        foreach (var scene in _scenes.List(homeId))
        {
            var names = new List<string> { Fold(scene.Name) };
            if (_options.SceneAliases.TryGetValue(scene.Id, out var aliases))
                names.AddRange(aliases.Select(Fold));
            foreach (var name in names)
                if (name.Length > bestLength && VoiceText.Contains(n, name))
                    (best, bestLength) = (scene, name.Length);
        }

        return best;
    }

    internal static string Fold(string text) => VoiceText.Normalize(text);

    private static double? TvInput(string n)
    {
        var hdmi = HdmiPattern().Match(n);
        if (hdmi.Success)
        {
            var word = hdmi.Groups[1].Value;
            return word switch { "one" or "1" => 1, "two" or "2" => 2, "three" or "3" => 3, _ => null };
        }

        if (VoiceText.ContainsAny(n, "usb", "u盘"))
            return 5;
        if (VoiceText.Contains(n, "av"))
            return 4;
        if (VoiceText.ContainsAny(n, "antenna", "电视信号", "tv input", "tv signal"))
            return 0;
        return null;
    }

    [GeneratedRegex(@"hdmi ?(one|two|three|\d)")]
    private static partial Regex HdmiPattern();

    private static Func<HomeDevice, bool> IsType(string type) => d => d.Device.Type == type;

    private static Func<HomeDevice, bool> Has(string key) => d => d.Profile is { } p && ProfileMembers.FindProperty(p, key, out _) is (_, { CanWrite: true });

    internal static string? OnKey(DeviceProfile? profile)
    {
        if (profile is null)
            return null;
        foreach (var service in profile.Services)
            if (service.FindProperty("on") is { CanWrite: true })
                return service.Name + ".on";
        return null;
    }

    private static VoiceResult Resolve(Query query, string intent, Func<HomeDevice, bool> capable, double? number, string? relative, string? text)
    {
        var (targets, ambiguous) = query.Candidates(d => capable(query.Home.Wrap(d)));
        var lang = query.Language;
        if (targets.Count == 0)
            return new VoiceResult(VoiceIntents.Unknown, lang, [], number, relative, text,
                Say(lang, "I could not find a device for that.", "没有找到可以这样操作的设备。"), [], []);
        if (ambiguous)
            return Clarify(query.Home, lang, targets, number, relative, text);
        return new VoiceResult(intent, lang, [.. targets.Select(d => d.Id)], number, relative, text, "", [], []);
    }

    private static VoiceResult Clarify(HomeView home, string lang, IReadOnlyList<Device> candidates, double? number, string? relative, string? text)
    {
        var names = candidates.Select(d => home.Describe(d, lang)).ToList();
        var answer = Say(lang, "Which one do you mean: " + string.Join(", ", names) + "?", "你是说哪一个：" + string.Join("、", names) + "？");
        return new VoiceResult(VoiceIntents.Clarify, lang, [.. candidates.Select(d => d.Id)], number, relative, text, answer, [], []);
    }

    private static VoiceResult AskState(Query query, string rest, string noTemperatureNoise, Func<string, bool> mentionsType)
    {
        var lang = query.Language;
        string? key;
        Func<Device, bool> capable;
        if (VoiceText.ContainsAny(rest, VoiceVocabulary.Humidity))
        {
            key = "environment.relative-humidity";
            capable = d => query.Home.Readable(d, key);
        }
        else if (mentionsType("air-conditioner") && (VoiceText.ContainsAny(noTemperatureNoise, VoiceVocabulary.Temperature) || VoiceText.Contains(rest, "set")))
        {
            key = "air-conditioner.target-temperature";
            capable = d => query.Home.Readable(d, key);
        }
        else if (VoiceText.ContainsAny(noTemperatureNoise, VoiceVocabulary.Temperature))
        {
            key = "environment.temperature";
            // A thermometer answers for its room; an air conditioner's sensor only where there is none.
            var sensors = query.Candidates(d => d.Type == "temperature-humidity-sensor");
            capable = sensors.Targets.Count > 0 ? d => d.Type == "temperature-humidity-sensor" : d => query.Home.Readable(d, key);
        }
        else if (VoiceText.ContainsAny(rest, VoiceVocabulary.Volume))
        {
            key = "speaker.volume";
            capable = d => query.Home.Readable(d, key) && (mentionsType("television") || d.Type == "speaker");
        }
        else if (VoiceText.ContainsAny(rest, "bright", "brightness", "亮度"))
        {
            key = "light.brightness";
            capable = d => query.Home.Readable(d, key);
        }
        else if (query.Mentioned.Count > 0 || query.Types.Count > 0)
        {
            key = null;
            capable = d => OnKey(query.Home.Profile(d)) is not null;
        }
        else
        {
            return Unknown(lang);
        }

        var (targets, ambiguous) = query.Candidates(capable);
        if (targets.Count == 0)
            return Unknown(lang);
        if (ambiguous)
            return Clarify(query.Home, lang, targets, null, null, null);
        key ??= OnKey(query.Home.Profile(targets[0]));
        return new VoiceResult(VoiceIntents.QueryState, lang, [.. targets.Select(d => d.Id)], null, null, key, "", [], []);
    }

    /// <summary>Carries out an understood utterance and writes the answer.</summary>
    public VoiceResult Execute(string homeId, VoiceResult understood, string source = "voice", string? startedBy = null)
    {
        var lang = understood.Language;
        var home = new HomeView(_registry, homeId);
        var commands = new List<string>();
        var failures = new List<string>();
        switch (understood.Intent)
        {
            case VoiceIntents.Unknown:
            case VoiceIntents.Clarify:
                return understood;
            case VoiceIntents.RunScene:
            {
                var run = _runner?.Start(homeId, understood.Targets[0], source, startedBy);
                return run is null
                    ? understood with { Answer = Say(lang, "That scene cannot be run now.", "现在无法执行这个场景。") }
                    : understood with { RunIds = [run.Id] };
            }

            case VoiceIntents.QueryState:
                return understood with { Answer = AnswerState(home, understood, lang) };
        }

        foreach (var id in understood.Targets)
        {
            if (!_registry.TryGetDevice(id, out var device))
                continue;
            var result = Command(home, device, understood);
            if (result is { IsAccepted: true })
                commands.Add(result.Command.Id);
            // Accepted without a message means the registry finished it as offline at once.
            if (result is not { IsAccepted: true, Outbound: not null })
                failures.Add(home.Describe(device, lang));
        }

        var names = string.Join(lang == "zh" ? "、" : ", ", understood.Targets.Select(id => _registry.TryGetDevice(id, out var d) ? home.Describe(d, lang) : id));
        var answer = failures.Count == 0
            ? Say(lang, $"OK, {Describe(understood, "en")} for {names}.", $"好的，{names}已{Describe(understood, "zh")}。")
            : Say(lang, $"I could not reach {string.Join(", ", failures)}.", $"{string.Join("、", failures)}现在无法操作。");
        return understood with { Answer = answer, CommandIds = commands };
    }

    private static string Describe(VoiceResult r, string lang)
    {
        var value = r.Number is { } n ? VoiceText.Invariant(n) : r.Relative ?? r.Text ?? "";
        return (r.Intent, lang) switch
        {
            (VoiceIntents.TurnOn, "en") => "turned on",
            (VoiceIntents.TurnOn, _) => "打开",
            (VoiceIntents.TurnOff, "en") => "turned off",
            (VoiceIntents.TurnOff, _) => "关闭",
            (VoiceIntents.TvPlay, "en") => "playing",
            (VoiceIntents.TvPlay, _) => "继续播放",
            (VoiceIntents.TvPause, "en") => "paused",
            (VoiceIntents.TvPause, _) => "暂停",
            (_, "en") => $"{r.Intent.Replace('-', ' ')} {value}",
            _ => $"调整为{value}",
        };
    }

    private CommandResult? Command(HomeView home, Device device, VoiceResult r)
    {
        var profile = home.Profile(device);
        switch (r.Intent)
        {
            case VoiceIntents.TurnOn or VoiceIntents.TurnOff when OnKey(profile) is { } on:
                return Set(device.Id, on, r.Intent == VoiceIntents.TurnOn);
            case VoiceIntents.SetBrightness:
                return Set(device.Id, "light.brightness", Level(device, "light.brightness", r, _options.PercentStep, 1, 100));
            case VoiceIntents.SetTemperature:
                return Set(device.Id, "air-conditioner.target-temperature", Level(device, "air-conditioner.target-temperature", r, _options.DegreeStep, 16, 30));
            case VoiceIntents.SetVolume or VoiceIntents.TvVolume:
                return Set(device.Id, "speaker.volume", Level(device, "speaker.volume", r, _options.PercentStep / 2, 0, 100));
            case VoiceIntents.SetPosition when r.Number is { } position:
                return Set(device.Id, "curtain.target-position", Math.Clamp(position, 0, 100));
            case VoiceIntents.TvPlay:
                return _registry.CallAction(device.Id, "television.play");
            case VoiceIntents.TvPause:
                return _registry.CallAction(device.Id, "television.pause");
            case VoiceIntents.TvInput when r.Number is { } input:
                return Set(device.Id, "television.input-source", input);
            case VoiceIntents.TvApp when r.Text is { } app:
                return _registry.CallAction(device.Id, "television.launch-app", Json(w => w.WriteString("app", app)));
            default:
                return null;
        }
    }

    private static double Level(Device device, string key, VoiceResult r, double step, double min, double max)
    {
        if (r.Number is { } absolute)
            return Math.Clamp(absolute, min, max);
        var current = device.Properties.TryGetValue(key, out var twin) && twin.Reported?.Value is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : (min + max) / 2;
        var next = r.Relative == "down" ? current - step : current + step;
        return Math.Clamp(Math.Round(next), min, max);
    }

    private CommandResult Set(string deviceId, string key, object value) =>
        _registry.SetProperties(deviceId, Json(w =>
        {
            switch (value)
            {
                case bool b:
                    w.WriteBoolean(key, b);
                    break;
                case double d:
                    w.WriteNumber(key, d);
                    break;
            }
        }));

    internal static JsonElement Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }

    private static string AnswerState(HomeView home, VoiceResult r, string lang)
    {
        var parts = new List<string>();
        foreach (var id in r.Targets)
        {
            if (!home.Registry.TryGetDevice(id, out var device))
                continue;
            var name = home.Describe(device, lang);
            var value = device.Properties.TryGetValue(r.Text!, out var twin) ? twin.Reported?.Value : null;
            parts.Add(value is not { } v
                ? Say(lang, $"{name}: not reported yet", $"{name}还没有上报")
                : v.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? Say(lang, $"{name} is {(v.GetBoolean() ? "on" : "off")}", $"{name}{(v.GetBoolean() ? "开着" : "关着")}")
                    : Say(lang, $"{name}: {Format(r.Text!, v, "en")}", $"{name}{Format(r.Text!, v, "zh")}"));
        }

        return string.Join(lang == "zh" ? "；" : "; ", parts) + (lang == "zh" ? "。" : ".");
    }

    private static string Format(string key, JsonElement value, string lang)
    {
        var text = value.ValueKind == JsonValueKind.Number ? VoiceText.Invariant(value.GetDouble()) : value.ToString();
        return key switch
        {
            "environment.temperature" or "air-conditioner.target-temperature" => lang == "zh" ? $"{text}摄氏度" : $"{text} °C",
            _ => lang == "zh" ? $"为{text}%" : $"{text}%",
        };
    }
}
