using EigenPlan.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Components.Pages.Staff;

/// <summary>The staff policy's rule: signed in as staff with a key that is configured now (name and fingerprint).</summary>
public sealed class StaffKeyRequirement : IAuthorizationRequirement;

/// <summary>Checks <see cref="StaffKeyRequirement"/> against the current <see cref="StaffOptions"/>.</summary>
internal sealed class StaffKeyHandler(IOptions<StaffOptions> options) : AuthorizationHandler<StaffKeyRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffKeyRequirement requirement)
    {
        var identity = context.User.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == StaffPrincipal.Scheme);
        var name = identity?.FindFirst(StaffPrincipal.KeyNameClaim)?.Value;
        var fingerprint = identity?.FindFirst(StaffPrincipal.KeyClaim)?.Value;
        if (name is not null && fingerprint is not null
            && options.Value.AllKeys.Any(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase) && StaffPrincipal.Fingerprint(k.Key) == fingerprint))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
