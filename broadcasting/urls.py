app_name = "broadcasting"

urlpatterns = []
