namespace AiotHub.Gateway.Apis;

/// <summary>Endpoint metadata: this endpoint's body may be as large as Api:MaxProfileBytes, not Api:MaxRequestBodyBytes.</summary>
internal sealed class ProfileBodyLimit
{
    public static readonly ProfileBodyLimit Instance = new();

    private ProfileBodyLimit()
    {
    }
}
