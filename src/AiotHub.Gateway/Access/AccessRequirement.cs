using Microsoft.AspNetCore.Authorization;

namespace AiotHub.Gateway.Access;

/// <summary>
/// Met when the token has one of <paramref name="InRouteHome"/> in the {homeId} of the route, one of
/// <paramref name="InAnyHome"/> in some home, or (if <paramref name="DeviceMaker"/>) the device-maker role.
/// </summary>
internal sealed record AccessRequirement(
    IReadOnlySet<AccessRole>? InRouteHome = null, IReadOnlySet<AccessRole>? InAnyHome = null, bool DeviceMaker = false) : IAuthorizationRequirement;
