namespace AiotHub.Gateway.Apis;

/// <summary>
/// Endpoint metadata (<see cref="ApiETags.WithETags"/>): the endpoint answers with ETags and honours
/// If-None-Match (GET) or If-Match (PATCH/PUT/DELETE); the OpenAPI document says so.
/// </summary>
internal sealed class ETagsMetadata
{
    public static readonly ETagsMetadata Instance = new();

    private ETagsMetadata()
    {
    }
}
