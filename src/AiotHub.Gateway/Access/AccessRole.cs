namespace AiotHub.Gateway.Access;

/// <summary>What a token may do in a home (issue 4's role matrix); <see cref="DeviceMaker"/> is global and sees no home.</summary>
internal enum AccessRole
{
    Owner,
    Member,
    Guest,
    Integrator,
    DeviceMaker,
}
