using AiotHub.Core.Profiles;

namespace AiotHub.Simulators.Households;

/// <summary>A household's rooms and devices, with the role of each (what routines are planted on).</summary>
public sealed class HouseholdLayout
{
    private static readonly (string Room, string Id, string Model, string Name, DeviceRole Role)[] StandardDevices =
    [
        ("Living room", "living-light", "aiot.light.ceiling1", "Ceiling light", DeviceRole.LivingLight),
        ("Living room", "living-lamp", "aiot.light.bulb-rgb1", "Floor lamp", DeviceRole.LivingLamp),
        ("Living room", "living-curtain", "aiot.curtain.motor1", "Curtain", DeviceRole.LivingCurtain),
        ("Living room", "living-motion", "aiot.sensor.motion1", "Motion sensor", DeviceRole.LivingMotion),
        ("Living room", "tv", "aiot.tv.t1", "TV", DeviceRole.Tv),
        ("Living room", "tv-box", "aiot.tvbox.b1", "TV box", DeviceRole.TvBox),
        ("Living room", "speaker", "aiot.speaker.s1", "Speaker", DeviceRole.Speaker),
        ("Living room", "living-ac", "aiot.ac.split1", "Air conditioner", DeviceRole.AirConditioner),
        ("Living room", "wall-switch", "aiot.switch.wall2", "Wall switch", DeviceRole.WallSwitch),
        ("Hallway", "front-door", "aiot.sensor.contact1", "Front door", DeviceRole.FrontDoor),
        ("Hallway", "hall-light", "aiot.light.ceiling1", "Hall light", DeviceRole.HallLight),
        ("Hallway", "hall-motion", "aiot.sensor.motion1", "Hall motion", DeviceRole.HallMotion),
        ("Kitchen", "kitchen-light", "aiot.light.ceiling1", "Kitchen light", DeviceRole.KitchenLight),
        ("Kitchen", "kitchen-motion", "aiot.sensor.motion1", "Kitchen motion", DeviceRole.KitchenMotion),
        ("Kitchen", "coffee-plug", "aiot.plug.meter1", "Coffee machine", DeviceRole.CoffeePlug),
        ("Kitchen", "vacuum", "aiot.vacuum.v1", "Robot vacuum", DeviceRole.Vacuum),
        ("Bedroom", "bedroom-bulb", "aiot.light.bulb-rgb1", "Bedside bulb", DeviceRole.BedroomBulb),
        ("Bedroom", "bedroom-curtain", "aiot.curtain.motor1", "Bedroom curtain", DeviceRole.BedroomCurtain),
        ("Bedroom", "purifier", "aiot.purifier.p1", "Air purifier", DeviceRole.Purifier),
        ("Bedroom", "bedroom-climate", "aiot.sensor.th1", "Thermometer", DeviceRole.BedroomClimate),
        ("Bathroom", "bathroom-light", "aiot.light.ceiling1", "Bathroom light", DeviceRole.BathroomLight),
        ("Bathroom", "bathroom-motion", "aiot.sensor.motion1", "Bathroom motion", DeviceRole.BathroomMotion),
        ("Study", "study-lamp", "aiot.light.bulb-rgb1", "Desk lamp", DeviceRole.StudyLamp),
        ("Study", "study-plug", "aiot.plug.meter1", "Desk fan", DeviceRole.StudyPlug),
    ];

    private static readonly (string Model, string Name)[] FillerDevices =
    [
        ("aiot.light.bulb-rgb1", "Bulb"),
        ("aiot.plug.meter1", "Plug"),
        ("aiot.sensor.th1", "Thermometer"),
        ("aiot.sensor.motion1", "Motion sensor"),
        ("aiot.light.ceiling1", "Ceiling light"),
    ];

    private readonly Dictionary<DeviceRole, HouseholdDevice> _byRole;

    /// <summary>A layout of <paramref name="devices"/>; <paramref name="roles"/> names the device of each role (one device may have several).</summary>
    public HouseholdLayout(IReadOnlyList<HouseholdDevice> devices, IReadOnlyDictionary<DeviceRole, string> roles)
    {
        ArgumentNullException.ThrowIfNull(devices);
        ArgumentNullException.ThrowIfNull(roles);
        if (devices.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count() != devices.Count)
            throw new ArgumentException("Device ids must be unique.", nameof(devices));
        Devices = devices;
        _byRole = [];
        foreach (var (role, id) in roles)
        {
            _byRole[role] = devices.FirstOrDefault(d => d.Id == id)
                ?? throw new ArgumentException($"The role {role} names {id}, which is not a device of the layout.", nameof(roles));
        }
    }

    public IReadOnlyList<HouseholdDevice> Devices { get; }

    public HouseholdDevice? this[DeviceRole role] => _byRole.GetValueOrDefault(role);

    public bool Has(params ReadOnlySpan<DeviceRole> roles)
    {
        foreach (var role in roles)
        {
            if (!_byRole.ContainsKey(role))
                return false;
        }

        return true;
    }

    /// <summary>
    /// The standard household (24 devices in six rooms, every role), plus filler rooms of bulbs, plugs and sensors up to
    /// <paramref name="devices"/> devices.
    /// </summary>
    public static HouseholdLayout Standard(IReadOnlyCollection<DeviceProfile> profiles, int devices = 0)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var byModel = profiles.GroupBy(p => p.Model, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Version)!, StringComparer.Ordinal);
        DeviceProfile Profile(string model) =>
            byModel.TryGetValue(model, out var profile) ? profile : throw new ArgumentException($"No profile for {model}.", nameof(profiles));

        var list = StandardDevices
            .Select(d => new HouseholdDevice(d.Id, d.Name, RoomId(d.Room), d.Room, Profile(d.Model)))
            .ToList();
        for (var i = 0; list.Count < devices; i++)
        {
            var room = $"Room {(i / FillerDevices.Length) + 1}";
            var (model, name) = FillerDevices[i % FillerDevices.Length];
            list.Add(new HouseholdDevice($"extra-{i + 1}", $"{name} {i + 1}", RoomId(room), room, Profile(model)));
        }

        return new HouseholdLayout(list, StandardDevices.ToDictionary(d => d.Role, d => d.Id));
    }

    internal static string RoomId(string room) => "room-" + room.ToLowerInvariant().Replace(' ', '-');
}
