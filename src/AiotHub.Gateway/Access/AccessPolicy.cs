using Microsoft.AspNetCore.Authorization;

namespace AiotHub.Gateway.Access;

/// <summary>The named policies each XxxApi states at its top (docs/api.md "Roles" is the same table).</summary>
internal static class AccessPolicy
{
    /// <summary>Any valid token (what it then sees is filtered to its homes).</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Any role in the route's home: owner, member, guest, integrator.</summary>
    public const string HomeRead = "home-read";

    /// <summary>Changing devices and rooms of the route's home: owner, member.</summary>
    public const string HomeControl = "home-control";

    /// <summary>Running the route's home's scenes: owner, member, guest (a guest with a list of scenes only those, checked by the handler).</summary>
    public const string SceneRun = "scene-run";

    /// <summary>Reading the route's home's automation runs (traces): owner, member, integrator — not a guest, since traces show the whole home's devices.</summary>
    public const string AutomationRunsRead = "automation-runs-read";

    /// <summary>Managing the route's home's tokens: owner.</summary>
    public const string HomeOwner = "home-owner";

    /// <summary>Reading profiles: device-maker or any role in any home.</summary>
    public const string ProfilesRead = "profiles-read";

    /// <summary>Uploading profiles: device-maker or the owner of a home.</summary>
    public const string ProfilesWrite = "profiles-write";

    /// <summary>Reading the route's home's recorded history: owner, member, integrator (not guests).</summary>
    public const string HistoryRead = "history-read";

    /// <summary>Reading the recorder's and the InfluxDB export's status: the owner or an integrator of a home.</summary>
    public const string TelemetryRead = "telemetry-read";

    /// <summary>Purging recorded telemetry: the owner of a home.</summary>
    public const string TelemetryPurge = "telemetry-purge";

    /// <summary>Provisioning devices in bulk in the route's home: owner, or an integrator (whose handler then demands a sandbox home).</summary>
    public const string HomeProvision = "home-provision";

    /// <summary>Creating a (sandbox) home: the owner of a home.</summary>
    public const string HomeCreate = "home-create";

    private static readonly HashSet<AccessRole> AnyHomeRole = [AccessRole.Owner, AccessRole.Member, AccessRole.Guest, AccessRole.Integrator];

    public static void Add(AuthorizationOptions options)
    {
        Add(options, SignedIn, new AccessRequirement(InAnyHome: AnyHomeRole, DeviceMaker: true));
        Add(options, HomeRead, new AccessRequirement(InRouteHome: AnyHomeRole));
        Add(options, HomeControl, new AccessRequirement(InRouteHome: new HashSet<AccessRole> { AccessRole.Owner, AccessRole.Member }));
        Add(options, SceneRun, new AccessRequirement(InRouteHome: new HashSet<AccessRole> { AccessRole.Owner, AccessRole.Member, AccessRole.Guest }));
        Add(options, AutomationRunsRead, new AccessRequirement(InRouteHome: new HashSet<AccessRole> { AccessRole.Owner, AccessRole.Member, AccessRole.Integrator }));
        Add(options, HomeOwner, new AccessRequirement(InRouteHome: new HashSet<AccessRole> { AccessRole.Owner }));
        Add(options, HistoryRead, new AccessRequirement(InRouteHome: new HashSet<AccessRole> { AccessRole.Owner, AccessRole.Member, AccessRole.Integrator }));
        Add(options, TelemetryRead, new AccessRequirement(InAnyHome: new HashSet<AccessRole> { AccessRole.Owner, AccessRole.Integrator }));
        Add(options, TelemetryPurge, new AccessRequirement(InAnyHome: new HashSet<AccessRole> { AccessRole.Owner }));
        Add(options, HomeProvision, new AccessRequirement(InRouteHome: new HashSet<AccessRole> { AccessRole.Owner, AccessRole.Integrator }));
        Add(options, HomeCreate, new AccessRequirement(InAnyHome: new HashSet<AccessRole> { AccessRole.Owner }));
        Add(options, ProfilesRead, new AccessRequirement(InAnyHome: AnyHomeRole, DeviceMaker: true));
        Add(options, ProfilesWrite, new AccessRequirement(InAnyHome: new HashSet<AccessRole> { AccessRole.Owner }, DeviceMaker: true));
    }

    private static void Add(AuthorizationOptions options, string name, AccessRequirement requirement) =>
        options.AddPolicy(name, policy => policy.AddRequirements(requirement));
}
