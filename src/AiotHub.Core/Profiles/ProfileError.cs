namespace AiotHub.Core.Profiles;

/// <summary>One problem, located by a JSON path such as <c>$.services[1].properties[0].value-range</c>.</summary>
public sealed record ProfileError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
