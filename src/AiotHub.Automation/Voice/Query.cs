using AiotHub.Core.Devices;

namespace AiotHub.Automation.Voice;

/// <summary>What an utterance names: devices (by name or alias), rooms and device types.</summary>
internal sealed record Query(HomeView Home, IReadOnlyList<Device> Mentioned, IReadOnlySet<string> Rooms, IReadOnlySet<string> Types, string Language)
{
    /// <summary>
    /// The devices meant, and whether that is ambiguous. Named devices win; a room narrows; a room with no
    /// name means every capable device there ("the living room lights"); several candidates with neither a
    /// room nor a unique name are ambiguous.
    /// </summary>
    public (IReadOnlyList<Device> Targets, bool Ambiguous) Candidates(Func<Device, bool> capable)
    {
        if (Mentioned.Count > 0)
        {
            var named = Mentioned.Where(capable).ToList();
            if (named.Count > 0)
            {
                var inRoom = named.Where(d => d.RoomId is { } r && Rooms.Contains(r)).ToList();
                if (inRoom.Count > 0)
                    named = inRoom;
                return (named, named.Count > 1 && Rooms.Count == 0);
            }
        }

        var all = Home.Devices.Where(capable);
        if (Types.Count > 0)
            all = all.Where(d => d.Type is { } t && Types.Contains(t));
        if (Rooms.Count > 0)
            all = all.Where(d => d.RoomId is { } r && Rooms.Contains(r));
        var list = all.ToList();
        return (list, list.Count > 1 && Rooms.Count == 0);
    }
}
