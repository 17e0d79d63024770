app_name = "fairness"

urlpatterns = []
