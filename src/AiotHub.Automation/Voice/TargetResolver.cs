using AiotHub.Core.Devices;

namespace AiotHub.Automation.Voice;

/// <summary>
/// The safety rules (issue 14 item 2): an utterance acts only on devices it names — by name or alias, by a type noun,
/// by a room, or by a group word. Several devices under one name or noun and no room or group word: ask which. A bare
/// room with no type, no group word and no setting word: ask. A setting word alone ("too hot"): the single capable
/// device (in the room if named), else ask. A named device that cannot do it: say so.
/// </summary>
internal static class TargetResolver
{
    public static Resolution Resolve(Utterance u, VoiceRequest r, HomeView home, VoiceOptions options)
    {
        DevicePlan? PlanFor(Device d) => CommandPlanner.Plan(d, home.Profile(d), r, options);
        DevicePlan? Broadly(Device d) => CommandPlanner.Plan(d, home.Profile(d), r, options, strict: true);

        if (u.Named.Count > 0)
        {
            var plans = new List<(Device, DevicePlan)>();
            var incapable = new List<Device>();
            var ambiguous = new List<Device>();
            foreach (var devices in u.Named)
            {
                var pool = InRooms(devices, u.Rooms);
                // "the TV in the bedroom" when the TV is in the living room: there is none there.
                if (pool.Count == 0)
                    return new([], [], [], true, u.Group);
                var capable = pool.Select(d => (Device: d, Plan: PlanFor(d))).Where(x => x.Plan is not null).ToList();
                if (capable.Count == 0)
                    incapable.AddRange(pool);
                else if (capable.Count > 1 && !u.Group && u.Rooms.Count == 0)
                    ambiguous.AddRange(capable.Select(x => x.Device));
                else
                    plans.AddRange(capable.Select(x => (x.Device, x.Plan!)));
            }

            // Nouns beside names ("the TV and the lights") add their own devices under the same rules.
            if (u.Nouns.Count > 0)
            {
                var extra = ByNouns(u, r, home, options, PlanFor);
                plans.AddRange(extra.Plans.Where(p => !plans.Any(q => q.Item1.Id == p.Device.Id)));
                ambiguous.AddRange(extra.Candidates);
            }

            if (ambiguous.Count > 0)
                return new([], Distinct(ambiguous), [], false, u.Group);
            if (plans.Count == 0)
                return new([], [], Distinct(incapable), false, u.Group);
            return new(Distinct(plans), [], [], false, u.Group);
        }

        if (u.Nouns.Count > 0)
            return ByNouns(u, r, home, options, PlanFor);

        if (u.Rooms.Count > 0 || u.Group)
        {
            var pool = u.Rooms.Count > 0 ? home.Devices.Where(d => d.RoomId is { } room && u.Rooms.Contains(room)).ToList() : [.. home.Devices];
            // "pause everything": play, pause, skip and stop said broadly are for what plays media, not the robot's cleaning.
            if (r.Verb is VoiceVerb.Pause or VoiceVerb.Resume or VoiceVerb.Play or VoiceVerb.Stop or VoiceVerb.Next or VoiceVerb.Previous)
                pool = [.. pool.Where(d => d.Type is "speaker" or "television" or "tv-box")];
            var capable = pool.Select(d => (Device: d, Plan: Broadly(d))).Where(x => x.Plan is not null).ToList();
            if (capable.Count == 0)
                return new([], [], [], true, u.Group);
            if (u.Group)
                return new([.. capable.Select(x => (x.Device, x.Plan!))], [], [], false, true);
            // A room alone says where, not what: a setting word that only one device there can do is enough ("客厅太热了").
            if (r.Implied && capable.Count == 1)
                return new([(capable[0].Device, capable[0].Plan!)], [], [], false, false);
            return new([], [.. capable.Select(x => x.Device)], [], false, false);
        }

        if (r.Implied)
        {
            var capable = home.Devices.Select(d => (Device: d, Plan: PlanFor(d))).Where(x => x.Plan is not null).ToList();
            // "the music is too loud": the volume of what plays music.
            if (r is { Word: "music", Setting: VoiceSetting.Volume })
                capable = [.. capable.Where(x => home.Profile(x.Device)?.Services.Any(s => s.Name == "play-control") == true)];
            if (capable.Count == 1)
                return new([(capable[0].Device, capable[0].Plan!)], [], [], false, false);
            if (capable.Count > 1)
                return new([], [.. capable.Select(x => x.Device)], [], false, false);
        }

        return new([], [], [], true, false);
    }

    /// <summary>Devices of the nouns' types (narrowed by a noun's hint where a device carries it), in the named rooms.</summary>
    private static Resolution ByNouns(Utterance u, VoiceRequest r, HomeView home, VoiceOptions options, Func<Device, DevicePlan?> planFor)
    {
        var pool = NounPool(u, home);
        if (pool.Count == 0)
            return new([], [], [], true, u.Group);
        var capable = pool.Select(d => (Device: d, Plan: planFor(d))).Where(x => x.Plan is not null).ToList();
        if (capable.Count == 0)
            return new([], [], pool, false, u.Group);
        if (u.Group || u.Rooms.Count > 0)
            return new([.. capable.Select(x => (x.Device, x.Plan!))], [], [], false, u.Group);
        // "关电视和空调": several kinds, each naming the one device of its kind, are each named.
        var typed = u.Nouns.Where(n => n.Type is not null).ToList();
        if (typed.Select(n => n.Type).Distinct(StringComparer.Ordinal).Count() > 1 && capable.Count == pool.Count
            && typed.All(n => NounPool(u with { Nouns = [n] }, home).Count == 1))
            return new([.. capable.Select(x => (x.Device, x.Plan!))], [], [], false, false);
        // A noun that fits several devices asks which, even when only one of them could do it ("set the light to red" with two lights).
        if (pool.Count == 1 && capable.Count == 1)
            return new([(capable[0].Device, capable[0].Plan!)], [], [], false, false);
        return new([], pool, [], false, false);
    }

    /// <summary>The devices the utterance's nouns name, in its rooms when it names any.</summary>
    public static List<Device> NounPool(Utterance u, HomeView home)
    {
        var pool = new List<Device>();
        // A noun that only narrows ("床头" in "床头那个灯") filters the typed nouns beside it.
        var filters = u.Nouns.Where(n => n.Type is null && n.Hint is not null).ToList();
        var typed = u.Nouns.Count > filters.Count ? u.Nouns.Except(filters).ToList() : [.. u.Nouns];
        if (typed.Count == u.Nouns.Count)
            filters = [];
        foreach (var noun in typed)
        {
            var ofType = home.Devices.Where(d => noun.Type is null || d.Type == noun.Type).ToList();
            if (noun.Hint is { } hint)
            {
                var hinted = ofType.Where(d => CarriesHint(d, hint)).ToList();
                // A hint narrows only where the home has such a device; "床头灯" in a home without one is any light — or, for a hint-only noun, nothing.
                ofType = hinted.Count > 0 || noun.Type is null ? hinted : ofType;
            }

            pool.AddRange(ofType.Where(d => !pool.Contains(d)));
        }

        foreach (var filter in filters)
        {
            var narrowed = pool.Where(d => CarriesHint(d, filter.Hint!)).ToList();
            if (narrowed.Count > 0)
                pool = narrowed;
        }

        if (u.Rooms.Count > 0)
            pool = [.. pool.Where(d => d.RoomId is { } room && u.Rooms.Contains(room))];
        return pool;
    }

    private static bool CarriesHint(Device device, string hint) =>
        VoiceText.Contains(" " + VoiceText.Normalize(device.Name) + " ", hint)
        || device.Model.Contains(hint, StringComparison.Ordinal)
        || device.Aliases.Any(a => VoiceText.Contains(" " + VoiceText.Normalize(a) + " ", hint));

    private static List<Device> InRooms(IReadOnlyList<Device> devices, IReadOnlySet<string> rooms) =>
        rooms.Count == 0 ? [.. devices] : [.. devices.Where(d => d.RoomId is { } room && rooms.Contains(room))];

    private static List<Device> Distinct(List<Device> devices) => [.. devices.DistinctBy(d => d.Id)];

    private static List<(Device, DevicePlan)> Distinct(List<(Device Device, DevicePlan Plan)> plans) => [.. plans.DistinctBy(p => p.Device.Id)];
}
