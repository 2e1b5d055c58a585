using AiotHub.Core.Devices;
using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Voice;

/// <summary>One home's devices and rooms as the engine sees them for one utterance.</summary>
internal sealed class HomeView
{
    private readonly Dictionary<string, Room> _rooms;

    public HomeView(DeviceRegistry registry, string homeId)
    {
        Registry = registry;
        Devices = registry.ListDevices(new DeviceQuery(HomeId: homeId));
        _rooms = registry.ListRooms(homeId).ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public DeviceRegistry Registry { get; }

    public IReadOnlyList<Device> Devices { get; }

    public DeviceProfile? Profile(Device device) => Registry.ProfileOf(device.Id);

    public HomeDevice Wrap(Device device) => new(device, Profile(device));

    public bool Readable(Device device, string key) =>
        Profile(device) is { } p && ProfileMembers.FindProperty(p, key, out _) is (_, { CanRead: true });

    /// <summary>Device names and aliases, longest first, each with every device that answers to it.</summary>
    public IEnumerable<(string Phrase, IReadOnlyList<Device> Devices)> Phrases() =>
        Devices.SelectMany(d => d.Aliases.Prepend(d.Name).Select(p => (Phrase: VoiceEngine.Fold(p), Device: d)))
            .Where(x => x.Phrase.Length > 0)
            .GroupBy(x => x.Phrase, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key.Length)
            .Select(g => (g.Key, (IReadOnlyList<Device>)[.. g.Select(x => x.Device).Distinct()]));

    /// <summary>Room names, configured aliases and built-in room words, longest first.</summary>
    public IEnumerable<(string Phrase, string RoomId)> RoomPhrases(VoiceOptions options)
    {
        var phrases = new List<(string, string)>();
        foreach (var room in _rooms.Values)
        {
            var name = VoiceEngine.Fold(room.Name);
            phrases.Add((name, room.Id));
            if (options.RoomAliases.TryGetValue(room.Id, out var aliases))
                phrases.AddRange(aliases.Select(a => (VoiceEngine.Fold(a), room.Id)));
            phrases.AddRange(VoiceVocabulary.RoomWords.Where(w => w.Room == name).Select(w => (w.Word, room.Id)));
        }

        return phrases.Where(p => p.Item1.Length > 0).Distinct().OrderByDescending(p => p.Item1.Length);
    }

    public string Describe(Device device, string lang)
    {
        var name = lang == "zh" ? device.Aliases.FirstOrDefault(a => a.Any(VoiceText.IsCjk)) ?? device.Name : device.Name;
        if (device.RoomId is null || !_rooms.TryGetValue(device.RoomId, out var room))
            return name;
        var roomName = lang == "zh" ? VoiceVocabulary.RoomWords.FirstOrDefault(w => w.Room == VoiceEngine.Fold(room.Name)).Word ?? room.Name : room.Name;
        return name.Contains(roomName, StringComparison.OrdinalIgnoreCase) ? name : lang == "zh" ? roomName + "的" + name : $"{name} ({roomName})";
    }
}
