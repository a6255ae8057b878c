namespace EigenPlan.Core.SharedPlans;

/// <summary>In which capacity someone opens the shared plan. Decides what they may do (<see cref="SharedPlanRules"/>).</summary>
public enum SharedPlanRole
{
    /// <summary>No access: a forged, expired or withdrawn link.</summary>
    None,
    /// <summary>Meelezen: may read the shared plan.</summary>
    Reader,
    /// <summary>Meewerken: may also update actions, statuses and messages.</summary>
    Contributor,
    /// <summary>The resident: may do everything.</summary>
    Owner,
}

/// <summary>What someone wants to do with a shared plan.</summary>
public enum SharedPlanRight
{
    View,
    /// <summary>Add an action, change its what/who/when, mark it done.</summary>
    UpdateActions,
    ChangeStatus,
    PostMessage,
    /// <summary>Add, reword, reorder and remove goals; remove actions.</summary>
    EditGoals,
    EditVision,
    ManageParticipants,
    ShareTopics,
    Invite,
    Withdraw,
    Delete,
    ViewAccessLog,
}

/// <summary>
/// Who may do what. Owner: everything. Meewerken: read, and update actions, statuses and messages. Meelezen: read only.
/// Nobody (a link that does not work): nothing. Only the owner invites, withdraws, deletes or changes the toekomstbeeld.
/// </summary>
public static class SharedPlanRules
{
    public static bool Allows(this SharedPlanRole role, SharedPlanRight permission) => role switch
    {
        SharedPlanRole.Owner => true,
        SharedPlanRole.Contributor => permission is SharedPlanRight.View or SharedPlanRight.UpdateActions
            or SharedPlanRight.ChangeStatus or SharedPlanRight.PostMessage,
        SharedPlanRole.Reader => permission is SharedPlanRight.View,
        _ => false,
    };

    /// <summary>Throws <see cref="SharedPlanAccessDeniedException"/> unless <paramref name="role"/> allows <paramref name="permission"/>.</summary>
    public static void Demand(this SharedPlanRole role, SharedPlanRight permission)
    {
        if (!role.Allows(permission))
        {
            throw new SharedPlanAccessDeniedException(role, permission);
        }
    }

    /// <summary>The role an invitation gives.</summary>
    public static SharedPlanRole ToRole(this InvitationRole role) => role switch
    {
        InvitationRole.Contribute => SharedPlanRole.Contributor,
        InvitationRole.Read => SharedPlanRole.Reader,
        _ => SharedPlanRole.None,
    };
}

/// <summary>Someone tried something their role does not allow. The web layer never offers it, so this means a forged request.</summary>
public sealed class SharedPlanAccessDeniedException : Exception
{
    public SharedPlanAccessDeniedException(SharedPlanRole role, SharedPlanRight permission)
        : base($"Role {role} may not {permission}.")
    {
        Role = role;
        Permission = permission;
    }

    public SharedPlanAccessDeniedException()
    {
    }

    public SharedPlanAccessDeniedException(string message)
        : base(message)
    {
    }

    public SharedPlanAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SharedPlanRole Role { get; }

    public SharedPlanRight Permission { get; }
}
