namespace AiotHub.Simulators.Households;

/// <summary>
/// What household <see cref="HouseholdGenerator"/> makes. The same options (and profiles) give the same history,
/// entry for entry: nothing reads the clock. The history covers the <see cref="Days"/> local days before
/// <see cref="End"/>'s date and that day up to <see cref="End"/>.
/// </summary>
public sealed record HouseholdOptions
{
    public const int MaxDays = 366;
    public const int MaxDevices = 200;

    public int Seed { get; init; } = 1;

    public string HomeId { get; init; } = "home";

    /// <summary>The end of the history (exclusive): the miner's "now".</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary>1–366 days of history.</summary>
    public int Days { get; init; } = 90;

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public double Latitude { get; init; } = 31.23;

    public double Longitude { get; init; } = 121.47;

    /// <summary>False: a pure-noise household (the same residents and devices, no routine at all).</summary>
    public bool Routines { get; init; } = true;

    /// <summary>
    /// The number of devices: the standard household's 24 rooms' worth are always there; above that, filler rooms of
    /// bulbs, plugs and sensors (up to <see cref="MaxDevices"/>). Ignored when a layout is given.
    /// </summary>
    public int Devices { get; init; }

    /// <summary>The chance each routine of the catalogue is left out, so seeded households differ (0: all planted).</summary>
    public double LeaveOut { get; init; } = 0.15;

    /// <summary>Random manual actions (noise) per hour someone is home and awake, over all devices.</summary>
    public double NoisePerHour { get; init; } = 0.8;

    /// <summary>The residents' user ids (the actors of manual entries); the first does the routines.</summary>
    public IReadOnlyList<string> Residents { get; init; } = ["user-anna", "user-li"];

    /// <summary>Throws <see cref="ArgumentException"/> naming the first bad option.</summary>
    public void Validate()
    {
        if (Days is < 1 or > MaxDays)
            throw new ArgumentException($"Days must be 1–{MaxDays}, was {Days}.", nameof(Days));
        if (Devices is < 0 or > MaxDevices)
            throw new ArgumentException($"Devices must be 0–{MaxDevices}, was {Devices}.", nameof(Devices));
        if (!double.IsFinite(NoisePerHour) || NoisePerHour is < 0 or > 60)
            throw new ArgumentException($"NoisePerHour must be 0–60, was {NoisePerHour}.", nameof(NoisePerHour));
        if (!double.IsFinite(LeaveOut) || LeaveOut is < 0 or > 1)
            throw new ArgumentException($"LeaveOut must be 0–1, was {LeaveOut}.", nameof(LeaveOut));
        if (Latitude is < -90 or > 90 || Longitude is < -180 or > 180 || !double.IsFinite(Latitude) || !double.IsFinite(Longitude))
            throw new ArgumentException("Latitude must be −90–90 and Longitude −180–180.", nameof(Latitude));
        if (Residents.Count is < 1 or > 8 || Residents.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("Residents must name 1–8 users.", nameof(Residents));
        if (string.IsNullOrWhiteSpace(HomeId))
            throw new ArgumentException("HomeId is required.", nameof(HomeId));
    }
}
