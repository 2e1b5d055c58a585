namespace AiotHub.Gateway.Access;

/// <summary>
/// What a token may do in a home (issue 4's role matrix). <see cref="DeviceMaker"/> sees no home: it uploads and
/// publishes profiles in its model namespace (<see cref="AccessGrant.Namespace"/>).
/// </summary>
internal enum AccessRole
{
    Owner,
    Member,
    Guest,
    Integrator,
    DeviceMaker,
}
