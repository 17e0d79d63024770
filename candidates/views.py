from django.shortcuts import render

from accounts.access import role_required
from accounts.enums import Role
from candidates.models import Application


@role_required(Role.CANDIDATE)
def dashboard(request):
    applications = Application.objects.filter(candidate__user=request.user).select_related(
        "offer__employer"
    )
    return render(request, "candidates/dashboard.html", {"applications": applications})
