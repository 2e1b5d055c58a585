using AiotHub.Core.Profiles;

namespace AiotHub.Automation.Automations;

/// <summary>
/// An import is all or nothing: either every automation of the document was stored
/// (<see cref="Imported"/>) or none was, and <see cref="Problems"/> point into the document
/// (<c>$.automations[2].triggers[0].deviceId</c>).
/// </summary>
public sealed record AutomationImportResult(AutomationWriteStatus Status, IReadOnlyList<AutomationEntry> Imported, IReadOnlyList<ProfileError> Problems);
