namespace AiotHub.Gateway.Access;

/// <summary>Issue 4: a guest may run scenes — all of them, or the list its token names, the only ones it then sees.</summary>
internal static class SceneAccess
{
    /// <summary>The scene ids the request's token is limited to in the home, or null when it is not limited.</summary>
    public static IReadOnlyList<string>? LimitedScenes(this HttpContext context, string homeId) =>
        context.GetAccessToken()?.Grants.FirstOrDefault(g => g.HomeId == homeId && g.Role == AccessRole.Guest)?.Scenes;

    /// <summary>Whether the request's token is a guest's in the home (guests read no automation traces).</summary>
    public static bool IsGuestIn(this HttpContext context, string homeId) =>
        context.GetAccessToken()?.Grants.Any(g => g.HomeId == homeId && g.Role == AccessRole.Guest) == true;

    public static bool MaySeeScene(this HttpContext context, string homeId, string sceneId) =>
        context.LimitedScenes(homeId) is not { } scenes || scenes.Contains(sceneId, StringComparer.Ordinal);
}
