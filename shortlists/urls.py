app_name = "shortlists"

urlpatterns = []
