using AiotHub.Core.Profiles;

namespace AiotHub.Gateway.Apis;

/// <summary>POST …/automations/validate: whether the definition could be stored as it is, and every problem with its JSON path.</summary>
internal sealed record AutomationValidation(bool Valid, IReadOnlyList<ProfileError> Problems);
