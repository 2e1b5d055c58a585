using System.Net;
using System.Text;

namespace AiotHub.Gateway.Tests.Access;

/// <summary>
/// Issue 4's role matrix, every role against every endpoint. Bodies are deliberately invalid where
/// the endpoint changes something, so "allowed" shows as the handler's own 400 (validation runs only
/// after authorization) and nothing is changed between rows.
/// </summary>
public sealed class AccessMatrixTests(AccessMatrixHub fixture) : IClassFixture<AccessMatrixHub>
{
    private static readonly string[] Roles = ["owner", "member", "guest", "integrator", "device-maker", "other-home-owner", "no-token", "unknown-token"];

    private const string Home = "/api/v1/homes/home";
    private const string Lamp = Home + "/devices/lamp-1";
    private const string Scene = Home + "/scenes/good-night";
    private const string Automation = Home + "/automations/night";

    // An "other-home-owner" owns home "cabin": everything about "home" is 404 to it, exactly as for a home that does not exist.
    private static readonly (string Method, string Path, string? Body, int[] Expected)[] Endpoints =
    [
        //                                                         owner member guest integr maker other  none  bad
        ("GET",    "/healthz",                      null,         [200,  200,   200,  200,   200,  200,   200,  200]),
        ("POST",   "/api/v1/setup",                 """{"code":"00000-00000","name":"x"}""",
                                                                  [409,  409,   409,  409,   409,  409,   409,  409]),
        ("GET",    "/api/v1/homes",                 null,         [200,  200,   200,  200,   200,  200,   401,  401]),
        ("GET",    Home,                            null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("GET",    Home + "/rooms",                 null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("POST",   Home + "/rooms",                 """{"name":""}""",
                                                                  [400,  400,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/rooms/{room}",          null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("PATCH",  Home + "/rooms/{room}",          """{"name":""}""",
                                                                  [400,  400,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/devices",               null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("GET",    Lamp,                            null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("PATCH",  Lamp,                            """{"roomId":"nowhere"}""",
                                                                  [400,  400,   403,  403,   404,  404,   401,  401]),
        ("POST",   Lamp + "/properties",            "{}",         [400,  400,   403,  403,   404,  404,   401,  401]),
        ("POST",   Lamp + "/actions/no-such-action", null,        [400,  400,   403,  403,   404,  404,   401,  401]),
        ("GET",    Lamp + "/commands",              null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        // Removing and deciding are the household's; an unknown device shows "allowed" as 404 and nothing is removed.
        ("DELETE", Home + "/devices/no-such",       null,         [404,  404,   403,  403,   404,  404,   401,  401]),
        // Purging a device's history is the owner's alone, as POST /telemetry/purge.
        ("DELETE", Home + "/devices/no-such?history=purge", null, [404,  403,   403,  403,   404,  404,   401,  401]),
        ("DELETE", Home + "/rooms/no-such",         null,         [404,  404,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/devices/pending",       null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("POST",   Home + "/devices/no-such/approve", null,       [404,  404,   403,  403,   404,  404,   401,  401]),
        ("POST",   Home + "/devices/no-such/reject", null,        [404,  404,   403,  403,   404,  404,   401,  401]),
        ("GET",    Lamp + "/commands/c-nope",       null,         [404,  404,   404,  404,   404,  404,   401,  401]),
        ("GET",    Home + "/scenes",                null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("POST",   Home + "/scenes",                """{"name":""}""",
                                                                  [400,  400,   403,  403,   404,  404,   401,  401]),
        ("POST",   Home + "/scenes/snapshot",       """{"name":""}""",
                                                                  [400,  400,   403,  403,   404,  404,   401,  401]),
        ("GET",    Scene,                           null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("PUT",    Scene,                           """{"name":""}""",
                                                                  [400,  400,   403,  403,   404,  404,   401,  401]),
        ("DELETE", Home + "/scenes/no-such-scene",  null,         [404,  404,   403,  403,   404,  404,   401,  401]),
        ("POST",   Scene + "/preview",              null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        // lamp-1 is offline: the run is accepted and ends at once with an offline step.
        ("POST",   Scene + "/run",                  null,         [202,  202,   202,  403,   404,  404,   401,  401]),
        // The guest's list names only good-night: another scene is 403 before it is looked up.
        ("POST",   Home + "/scenes/movie/run",      null,         [404,  404,   403,  403,   404,  404,   401,  401]),
        ("GET",    Scene + "/runs",                 null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("GET",    Scene + "/runs/run-nope",        null,         [404,  404,   404,  404,   404,  404,   401,  401]),
        // Validation runs after authorization; what a guest may say is checked once it is understood.
        ("POST",   Home + "/voice",                 """{"text":""}""",
                                                                  [400,  400,   400,  403,   404,  404,   401,  401]),
        // What was said is the owner's to read; teaching is setting the home up, as scenes are (owner, member).
        ("GET",    Home + "/voice/not-understood",  null,         [200,  403,   403,  403,   404,  404,   401,  401]),
        ("DELETE", Home + "/voice/not-understood/999999", null,   [404,  403,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/voice/intents",         null,         [200,  403,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/voice/settings",        null,         [200,  403,   403,  403,   404,  404,   401,  401]),
        ("PUT",    Home + "/voice/settings",        "{}",         [400,  403,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/voice/taught",          null,         [200,  200,   403,  403,   404,  404,   401,  401]),
        ("POST",   Home + "/voice/taught",          "{}",         [400,  400,   403,  403,   404,  404,   401,  401]),
        ("DELETE", Home + "/voice/taught/999999",   null,         [404,  404,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/voice/timers",          null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("DELETE", Home + "/voice/timers/vt-nope",  null,         [404,  404,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/automations",           null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("POST",   Home + "/automations",           """{"name":""}""",
                                                                  [400,  400,   403,  403,   404,  404,   401,  401]),
        // Validating stores nothing, so it is reading.
        ("POST",   Home + "/automations/validate",  """{"name":""}""",
                                                                  [200,  200,   200,  200,   404,  404,   401,  401]),
        ("GET",    Home + "/automations/export",    null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("POST",   Home + "/automations/import",    "{}",         [400,  400,   403,  403,   404,  404,   401,  401]),
        ("GET",    Automation,                      null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("PUT",    Automation,                      """{"name":""}""",
                                                                  [400,  400,   403,  403,   404,  404,   401,  401]),
        ("DELETE", Home + "/automations/no-such",   null,         [404,  404,   403,  403,   404,  404,   401,  401]),
        ("POST",   Home + "/automations/no-such/enable", null,    [404,  404,   403,  403,   404,  404,   401,  401]),
        ("POST",   Home + "/automations/no-such/disable", null,   [404,  404,   403,  403,   404,  404,   401,  401]),
        // lamp-1 is offline: the run is accepted and its step ends offline.
        ("POST",   Automation + "/run",             null,         [202,  202,   403,  403,   404,  404,   401,  401]),
        // A trace shows every device an automation touched: not for a guest.
        ("GET",    Home + "/automation-runs",       null,         [200,  200,   403,  200,   404,  404,   401,  401]),
        ("GET",    Home + "/automation-runs/run-nope", null,      [404,  404,   403,  404,   404,  404,   401,  401]),
        // The activity log shows who in the household did what when: owner and member only.
        ("GET",    Home + "/activity",              null,         [200,  200,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/activity?from=nonsense", null,        [400,  400,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/mode",                  null,         [200,  200,   200,  200,   404,  404,   401,  401]),
        ("PUT",    Home + "/mode",                  """{"mode":"party"}""",
                                                                  [400,  400,   403,  403,   404,  404,   401,  401]),
        // No token needed: the hook id is the secret, and an unknown one is 404 to everybody.
        ("POST",   "/api/v1/hooks/no-such-hook-0123456789", "{}", [404,  404,   404,  404,   404,  404,   404,  404]),
        ("GET",    "/api/v1/profiles",              null,         [200,  200,   200,  200,   200,  200,   401,  401]),
        ("GET",    "/api/v1/profiles/aiot.light.ceiling1", null,  [200,  200,   200,  200,   200,  200,   401,  401]),
        ("POST",   "/api/v1/profiles",              "{}",         [400,  403,   403,  403,   400,  400,   401,  401]),
        // The hub's own (shipped) models are in no token's namespace.
        ("POST",   "/api/v1/profiles/aiot.light.ceiling1/versions/1/publish", null,
                                                                  [403,  403,   403,  403,   403,  403,   401,  401]),
        // Which profile versions the home's devices use is the owner's call.
        ("GET",    Home + "/profile-updates",       null,         [200,  403,   403,  403,   404,  404,   401,  401]),
        ("POST",   Home + "/profile-updates/aiot.light.ceiling1", "{}",
                                                                  [400,  403,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/profile-updates/settings", null,      [200,  403,   403,  403,   404,  404,   401,  401]),
        ("PUT",    Home + "/profile-updates/settings", "{}",      [400,  403,   403,  403,   404,  404,   401,  401]),
        // History is the household's (owner, member) and the integrator's; a guest's access is for the moment, not the past.
        ("GET",    Lamp + "/history?property=light.brightness", null,
                                                                  [200,  200,   403,  200,   404,  404,   401,  401]),
        ("GET",    Lamp + "/energy",                null,         [404,  404,   403,  404,   404,  404,   401,  401]),
        ("GET",    "/api/v1/telemetry",             null,         [200,  403,   403,  200,   403,  200,   401,  401]),
        ("POST",   "/api/v1/telemetry/purge",       """{"deviceId":"nobody"}""",
                                                                  [404,  403,   403,  403,   403,  404,   401,  401]),
        // Suggestions are mined from what the household did: owner and member see and decide; the switch and deleting are the owner's.
        ("GET",    Home + "/suggestions",           null,         [200,  200,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/suggestions/no-such",   null,         [404,  404,   403,  403,   404,  404,   401,  401]),
        ("POST",   Home + "/suggestions/no-such/accept", null,    [404,  404,   403,  403,   404,  404,   401,  401]),
        ("POST",   Home + "/suggestions/no-such/dismiss", null,   [404,  404,   403,  403,   404,  404,   401,  401]),
        ("POST",   Home + "/suggestions/no-such/snooze", null,    [404,  404,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/suggestions/settings",  null,         [200,  200,   403,  403,   404,  404,   401,  401]),
        ("PUT",    Home + "/suggestions/settings",  "{}",         [400,  403,   403,  403,   404,  404,   401,  401]),
        ("DELETE", Home + "/suggestions?activity=maybe", null,    [400,  403,   403,  403,   404,  404,   401,  401]),
        // Firmware in a home: the household reads (owner, member); the owner decides. lamp-1 has no update.
        ("GET",    Home + "/firmware",              null,         [200,  200,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/firmware/settings",     null,         [200,  200,   403,  403,   404,  404,   401,  401]),
        ("PUT",    Home + "/firmware/settings",     "{}",         [400,  403,   403,  403,   404,  404,   401,  401]),
        ("GET",    Lamp + "/firmware",              null,         [200,  200,   403,  403,   404,  404,   401,  401]),
        ("POST",   Lamp + "/firmware/postpone",     """{"for":"1s"}""",
                                                                  [400,  403,   403,  403,   404,  404,   401,  401]),
        ("POST",   Lamp + "/firmware/refuse",       "{}",         [400,  403,   403,  403,   404,  404,   401,  401]),
        ("POST",   Home + "/devices/no-such/firmware/allow", null, [404, 403,   403,  403,   404,  404,   401,  401]),
        // A maker's rollouts are its vendor's makers' only (the matrix's device-maker holds 'acme'); an unknown id is 404 to it.
        ("POST",   "/api/v1/makers/acme/releases/fw-nope/rollouts", """{"stages":[]}""",
                                                                  [403,  403,   403,  403,   400,  403,   401,  401]),
        ("POST",   "/api/v1/makers/acme/releases/fw-nope/rollouts", "{}",
                                                                  [403,  403,   403,  403,   404,  403,   401,  401]),
        ("GET",    "/api/v1/makers/acme/rollouts",  null,         [403,  403,   403,  403,   200,  403,   401,  401]),
        ("GET",    "/api/v1/makers/acme/rollouts/ro-nope", null,  [403,  403,   403,  403,   404,  403,   401,  401]),
        ("POST",   "/api/v1/makers/acme/rollouts/ro-nope/pause", null,
                                                                  [403,  403,   403,  403,   404,  403,   401,  401]),
        ("POST",   "/api/v1/makers/acme/rollouts/ro-nope/resume", null,
                                                                  [403,  403,   403,  403,   404,  403,   401,  401]),
        ("POST",   "/api/v1/makers/acme/rollouts/ro-nope/halt", null,
                                                                  [403,  403,   403,  403,   404,  403,   401,  401]),
        ("POST",   "/api/v1/makers/acme/rollouts/ro-nope/rollback", null,
                                                                  [403,  403,   403,  403,   404,  403,   401,  401]),
        ("GET",    "/api/v1/makers/aiot/rollouts",  null,         [403,  403,   403,  403,   403,  403,   401,  401]),
        // The firmware catalogue is its maker's alone (the device-maker token holds "acme"); a home's owner included, everyone else is 403.
        ("GET",    "/api/v1/makers/acme/keys",      null,         [403,  403,   403,  403,   200,  403,   401,  401]),
        ("POST",   "/api/v1/makers/acme/keys",      "{}",         [403,  403,   403,  403,   400,  403,   401,  401]),
        ("DELETE", "/api/v1/makers/acme/keys/no-such", null,      [403,  403,   403,  403,   404,  403,   401,  401]),
        ("GET",    "/api/v1/makers/acme/releases",  null,         [403,  403,   403,  403,   200,  403,   401,  401]),
        ("POST",   "/api/v1/makers/acme/releases",  "{}",         [403,  403,   403,  403,   400,  403,   401,  401]),
        ("GET",    "/api/v1/makers/acme/releases/fw-0000000000000000", null,
                                                                  [403,  403,   403,  403,   404,  403,   401,  401]),
        ("DELETE", "/api/v1/makers/acme/releases/fw-0000000000000000", null,
                                                                  [403,  403,   403,  403,   404,  403,   401,  401]),
        ("GET",    "/api/v1/makers/globex/releases", null,        [403,  403,   403,  403,   403,  403,   401,  401]),
        // A download link is its own secret: no token needed, an unknown one is 404 to everybody.
        ("GET",    "/ota/v1/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", null,
                                                                  [404,  404,   404,  404,   404,  404,   404,  404]),
        // Problem reports speak for the household (owner, member); the maker's feedback and health are the vendor's device-maker token's only.
        ("POST",   Lamp + "/feedback",              """{"text":""}""",
                                                                  [400,  400,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/feedback",              null,         [200,  200,   403,  403,   404,  404,   401,  401]),
        ("GET",    "/api/v1/makers/acme/feedback",  null,         [403,  403,   403,  403,   200,  403,   401,  401]),
        ("POST",   "/api/v1/makers/acme/feedback/fb-nope/answer", """{"text":"thanks"}""",
                                                                  [403,  403,   403,  403,   404,  403,   401,  401]),
        ("GET",    "/api/v1/makers/acme/health",    null,         [403,  403,   403,  403,   200,  403,   401,  401]),
        ("GET",    "/api/v1/makers/globex/health",  null,         [403,  403,   403,  403,   403,  403,   401,  401]),
        // Which vendor namespaces the token makes devices for (empty for a home's token): how the app finds a maker's view.
        ("GET",    "/api/v1/makers",                null,         [200,  200,   200,  200,   200,  200,   401,  401]),
        ("GET",    Home + "/tokens",                null,         [200,  403,   403,  403,   404,  404,   401,  401]),
        ("POST",   Home + "/tokens",                """{"name":""}""",
                                                                  [400,  403,   403,  403,   404,  404,   401,  401]),
        ("GET",    Home + "/tokens/{spare}",        null,         [200,  403,   403,  403,   404,  404,   401,  401]),
        ("PATCH",  Home + "/tokens/{spare}",        """{"name":""}""",
                                                                  [400,  403,   403,  403,   404,  404,   401,  401]),
        ("DELETE", Home + "/tokens/{spare}",        null,         [204,  403,   403,  403,   404,  404,   401,  401]),
    ];

    public static TheoryData<string, string, string, string?, int> Matrix()
    {
        var data = new TheoryData<string, string, string, string?, int>();
        foreach (var (method, path, body, expected) in Endpoints)
        {
            for (var i = 0; i < Roles.Length; i++)
                data.Add(Roles[i], method, path, body, expected[i]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task EachRoleGetsItsStatusFromEachEndpoint(string role, string method, string path, string? body, int expected)
    {
        using var http = fixture.ClientFor(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{spare}", fixture.SpareTokenId, StringComparison.Ordinal).Replace("{room}", fixture.RoomId, StringComparison.Ordinal));
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode == expected, $"{role} {method} {path}: {(int)response.StatusCode}, expected {expected}: {text}");
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
            Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }
}
