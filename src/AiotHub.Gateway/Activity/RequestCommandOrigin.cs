using AiotHub.Core.Activity;
using AiotHub.Gateway.Access;

namespace AiotHub.Gateway.Activity;

/// <summary>The origin of a command a request asks for: a person through the app or the API, named by their token's id.</summary>
internal static class RequestCommandOrigin
{
    public static CommandOrigin Of(HttpContext context) => CommandOrigin.App(context.GetAccessToken()?.Id);
}
