namespace AiotHub.Core.Profiles;

/// <summary>A functional part of a device (MIoT "service", siid): a light, a battery, a speaker.</summary>
public sealed record ProfileService(
    int Iid,
    string Name,
    IReadOnlyList<ProfileProperty> Properties,
    IReadOnlyList<ProfileAction> Actions,
    IReadOnlyList<ProfileEvent> Events,
    string? Description = null,
    IReadOnlyDictionary<string, string>? Descriptions = null)
{
    public ProfileProperty? FindProperty(string name) => Properties.FirstOrDefault(p => p.Name == name);

    public ProfileAction? FindAction(string name) => Actions.FirstOrDefault(a => a.Name == name);

    public ProfileEvent? FindEvent(string name) => Events.FirstOrDefault(e => e.Name == name);

    public ProfileProperty? FindProperty(int iid) => Properties.FirstOrDefault(p => p.Iid == iid);

    public ProfileAction? FindAction(int iid) => Actions.FirstOrDefault(a => a.Iid == iid);

    public ProfileEvent? FindEvent(int iid) => Events.FirstOrDefault(e => e.Iid == iid);
}
