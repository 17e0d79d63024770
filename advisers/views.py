from django.shortcuts import render

from accounts.access import role_required
from accounts.enums import Role
from employers.models import Offer


@role_required(Role.ADVISER)
def dashboard(request):
    offers = Offer.objects.published().select_related("employer")
    return render(request, "advisers/dashboard.html", {"offers": offers})
