namespace AiotHub.Gateway.Apis;

/// <summary>POST /api/v1/profiles/{model}/versions/{version}/publish: the version is now visible to every home (each still accepts it).</summary>
internal sealed record ProfilePublishResponse(string Model, int Version, bool Published);
