using AiotHub.Core.Devices;
using AiotHub.Gateway.Apis;

namespace AiotHub.Gateway.Access;

/// <summary>
/// Who may see the hub-wide figures of <c>/healthz</c> and <c>/metrics</c> (connections, devices, traffic, queues: they
/// tell about every household on the hub): a caller on the hub's own machine (<see cref="SetupApi.IsLocal"/>, the
/// setup code's rule) and the hub's administrators — an owner or integrator of the default home.
/// </summary>
internal static class HubFigures
{
    public static bool MaySee(HttpContext context) =>
        SetupApi.IsLocal(context)
        || context.GetAccessToken()?.RoleIn(DeviceRegistry.DefaultHomeId) is AccessRole.Owner or AccessRole.Integrator;
}
