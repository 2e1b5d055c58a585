using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Voice;

/// <summary>One home's devices and rooms as the engine sees them for one utterance, with the phrases that name them.</summary>
internal sealed class HomeView
{
    private readonly Dictionary<string, Room> _rooms;
    private readonly Dictionary<string, DeviceProfile?> _profiles = new(StringComparer.Ordinal);
    private List<(string Phrase, IReadOnlyList<Device> Devices)>? _phrases;
    private List<(string Word, IReadOnlyList<Device> Devices)>? _nameWords;
    private List<DeviceNoun>? _modelNouns;

    public HomeView(DeviceRegistry registry, string homeId)
    {
        Registry = registry;
        HomeId = homeId;
        Devices = registry.ListDevices(new DeviceQuery(HomeId: homeId));
        _rooms = registry.ListRooms(homeId).ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public DeviceRegistry Registry { get; }

    public string HomeId { get; }

    public IReadOnlyList<Device> Devices { get; }

    public DeviceProfile? Profile(Device device)
    {
        if (!_profiles.TryGetValue(device.Id, out var profile))
            _profiles[device.Id] = profile = Registry.ProfileOf(device.Id);
        return profile;
    }

    public Device? Find(string id)
    {
        foreach (var device in Devices)
            if (device.Id == id)
                return device;
        return null;
    }

    /// <summary>Device names and aliases, longest first, each with every device that answers to it.</summary>
    public IReadOnlyList<(string Phrase, IReadOnlyList<Device> Devices)> Phrases => _phrases ??=
        [.. Devices.SelectMany(d => d.Aliases.Prepend(d.Name).Select(p => (Phrase: VoiceText.Normalize(p), Device: d)))
            .Where(x => x.Phrase.Length > 1 || x.Phrase.Length == 1 && VoiceText.IsCjk(x.Phrase[0]))
            .GroupBy(x => x.Phrase, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key.Length)
            .Select(g => (g.Key, (IReadOnlyList<Device>)[.. g.Select(x => x.Device).Distinct()]))];

    /// <summary>The models' display names in every language as nouns for their devices ("彩光灯泡", "Smart plug"), longest first.</summary>
    public IReadOnlyList<DeviceNoun> ModelNouns => _modelNouns ??=
        [.. Devices.DistinctBy(d => d.Model).SelectMany(d => Profile(d)?.Names?.Values.Select(n => new DeviceNoun(VoiceText.Normalize(n), d.Type, d.Model)) ?? [])
            .Where(n => n.Phrase.Length > 1).DistinctBy(n => n.Phrase).OrderByDescending(n => n.Phrase.Length)];

    /// <summary>Single distinctive words of English device names ("kettle" in "Kettle plug"), each with the devices carrying it.</summary>
    public IReadOnlyList<(string Word, IReadOnlyList<Device> Devices)> NameWords => _nameWords ??=
        [.. Devices.SelectMany(d => VoiceText.Normalize(d.Name).Split(' ').Distinct().Select(w => (Word: w, Device: d)))
            .Where(x => x.Word.Length >= 4 && !VoiceVocabulary.NameStopWords.Contains(x.Word) && !x.Word.Any(VoiceText.IsCjk)
                && !_rooms.Values.Any(r => VoiceText.Normalize(r.Name).Split(' ').Contains(x.Word)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Device>)[.. g.Select(x => x.Device)]))];

    /// <summary>Room names, configured aliases and built-in room words, longest first.</summary>
    public IEnumerable<(string Phrase, string RoomId)> RoomPhrases(VoiceOptions options)
    {
        var phrases = new List<(string, string)>();
        foreach (var room in _rooms.Values)
        {
            var name = VoiceText.Normalize(room.Name);
            phrases.Add((name, room.Id));
            if (options.RoomAliases.TryGetValue(room.Id, out var aliases))
                phrases.AddRange(aliases.Select(a => (VoiceText.Normalize(a), room.Id)));
            phrases.AddRange(VoiceVocabulary.RoomWords.Where(w => w.Room == name).Select(w => (w.Word, room.Id)));
        }

        return phrases.Where(p => p.Item1.Length > 0).Distinct().OrderByDescending(p => p.Item1.Length);
    }

    public string? RoomName(string? roomId, string lang)
    {
        if (roomId is null || !_rooms.TryGetValue(roomId, out var room))
            return null;
        if (lang == "zh" && !room.Name.Any(VoiceText.IsCjk))
            return VoiceVocabulary.RoomWords.FirstOrDefault(w => w.Room == VoiceText.Normalize(room.Name)).Word;
        if (lang == "en" && room.Name.Any(VoiceText.IsCjk))
            return VoiceVocabulary.RoomWords.FirstOrDefault(w => w.Word == room.Name).Room;
        return lang == "en" ? room.Name.ToLowerInvariant() : room.Name;
    }

    /// <summary>The device's name in the language: its name or an alias in that script, else the type's noun.</summary>
    public string Name(Device device, string lang)
    {
        if (lang == "zh")
        {
            if (device.Name.Any(VoiceText.IsCjk))
                return device.Name;
            foreach (var alias in device.Aliases)
                if (alias.Any(VoiceText.IsCjk))
                    return alias;
            // A device called by its model's name ("Ceiling light") is called by the model's Chinese name ("吸顶灯").
            if (ProfileText.DeviceName(device.Name, Profile(device)?.Names, "zh") is var modelName && modelName.Any(VoiceText.IsCjk))
                return modelName;
            var folded = " " + VoiceText.Normalize(device.Name) + " ";
            foreach (var (word, chinese) in VoiceVocabulary.NameWords)
                if (VoiceText.Contains(folded, word))
                    return chinese;
            return device.Type is { } t && VoiceVocabulary.Types.TryGetValue(t, out var words) ? words.Chinese : "设备";
        }

        if (!device.Name.Any(VoiceText.IsCjk))
            return device.Name;
        foreach (var alias in device.Aliases)
            if (!alias.Any(VoiceText.IsCjk) && alias.Length > 0)
                return alias;
        return device.Type is { } type && VoiceVocabulary.Types.TryGetValue(type, out var english) ? english.Singular : "device";
    }

    /// <summary>"the ceiling light" / "the ceiling light in the living room" (when another room has one too); "客厅的吸顶灯".</summary>
    public string Describe(Device device, string lang)
    {
        var name = Name(device, lang);
        var room = RoomName(device.RoomId, lang);
        if (lang == "zh")
            return room is null || name.Contains(room, StringComparison.Ordinal) ? name : room + "的" + name;
        var shown = string.Join(' ', name.Split(' ').Select(w => w.Length >= 2 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? w : w.ToLowerInvariant()));
        var shared = Devices.Any(d => d.Id != device.Id && string.Equals(Name(d, lang), name, StringComparison.OrdinalIgnoreCase));
        return "the " + shown + (shared && room is not null && !name.Contains(room, StringComparison.OrdinalIgnoreCase) ? " in the " + room : "");
    }
}
